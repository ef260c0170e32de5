/**
 * The one outbox of the app, on Taro's storage (kept when the app is killed)
 * and the platform's transport: photos through upload-photo(.h5).ts, records
 * through the same `send` every page uses. A lost connection is retried until
 * it works, a service fault a few times (then it waits for 重试); a refusal
 * from the server waits for the user.
 */
import Taro from '@tarojs/taro'
import { send } from '../api/transport'
import { classifyFailure } from './classify'
import { Outbox } from './outbox'
import type { OutboxStorage } from './outbox.types'
import { uploadPhoto } from './upload-photo'

const storage: OutboxStorage = {
  read: (key) => Taro.getStorageSync<string>(key) || undefined,
  write: (key, value) => Taro.setStorageSync(key, value),
}

let outbox: Outbox | null = null

export function appOutbox(): Outbox {
  outbox ??= new Outbox({
    storage,
    transport: { upload: uploadPhoto, call: (step) => send({ fn: step.fn, action: step.action, data: step.data, requestId: step.requestId }) },
    classify: classifyFailure,
  })
  return outbox
}

let sending = false

/**
 * Keeps the outbox moving while the app is open: now, every 15 seconds, and
 * at once when the network comes back. Safe to call from every page.
 */
export function keepSending(): void {
  const box = appOutbox()
  void box.flush()
  if (sending) return
  sending = true
  setInterval(() => void box.flush(), 15_000)
  Taro.onNetworkStatusChange?.((status) => {
    if (!status.isConnected) return
    box.retryNow('network')
    void box.flush()
  })
}
