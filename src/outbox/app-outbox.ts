/**
 * The one outbox of the app, on Taro's storage (kept when the app is killed)
 * and the platform's transport: photos through upload-photo(.h5).ts, records
 * through the same `send` every page uses. Only a lost connection is retried;
 * a refusal from the server waits for the user.
 */
import Taro from '@tarojs/taro'
import { AppError } from '../domain/shared/app-error'
import { send } from '../api/transport'
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
    classify: (error) => {
      if (error instanceof AppError) return { kind: error.code === 'NETWORK' || error.code === 'INTERNAL' ? 'network' : 'rejected', message: error.message }
      return { kind: 'network', message: '网络不给力，稍后自动重试' }
    },
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
    box.retryNow()
    void box.flush()
  })
}
