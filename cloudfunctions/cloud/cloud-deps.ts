/**
 * Everything that touches the cloud SDKs: the caller's OPENID, and the cloud
 * adapters (CloudBase database and storage, WeChat subscribe messages, keys
 * from the environment). The adapters are built on the first call and kept
 * for the life of the container. The SDKs are initialised only once the
 * settings are known to be complete, because an SDK without credentials
 * kills the process with an unhandled rejection on its first request.
 */
import * as tcb from '@cloudbase/node-sdk'
import * as cloud from 'wx-server-sdk'
import type { Deps } from '../core/deps'
import { WechatSubscribeNotifier, type SubscribeMessageApi } from '../adapters/cloudbase/notifier.wechat'
import { CloudbaseFiles } from '../adapters/cloudbase/files.cloudbase'
import { CloudbaseStore } from '../adapters/cloudbase/store.cloudbase'
import { CryptoKeys } from '../adapters/common/crypto-keys'
import { randomIds } from '../adapters/common/random-ids'
import { systemClock } from '../adapters/common/system-clock'
import { readCloudSettings, type CloudSettings } from './cloud-settings'

/** The OPENID the WeChat runtime set for this invocation (read per call: one container serves many users). */
export function wxOpenid(): string | undefined {
  const openid: unknown = cloud.getWXContext().OPENID
  return typeof openid === 'string' && openid !== '' ? openid : undefined
}

export function buildCloudDeps(settings: CloudSettings): Deps {
  const app = tcb.init({ env: settings.envId })
  cloud.init({ env: settings.envId })
  const store = new CloudbaseStore(app)
  // wx-server-sdk's openapi is a proxy that turns any property path into a cloud call.
  const subscribe = (cloud.openapi as { subscribeMessage: SubscribeMessageApi }).subscribeMessage
  return {
    store,
    files: new CloudbaseFiles(app),
    notifier: new WechatSubscribeNotifier(subscribe, store, settings.templates, settings.miniprogramState),
    clock: systemClock,
    ids: randomIds,
    keys: new CryptoKeys(settings.keys),
  }
}

let built: Deps | undefined

/** The container's Deps. A ConfigError is thrown again on every call until the configuration is fixed. */
export function cloudDeps(): Deps {
  built ??= buildCloudDeps(readCloudSettings())
  return built
}
