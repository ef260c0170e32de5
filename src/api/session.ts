/** The local host's sign-in token (browser build only; WeChat identifies the user itself), and the device data it owns. */
import Taro from '@tarojs/taro'
import { claimDeviceFor, forgetUserData, type KeyStorage } from './user-data'

const KEY = 'bangfu.token'

const storage: KeyStorage = {
  keys: () => Taro.getStorageInfoSync().keys,
  read: (key) => Taro.getStorageSync<unknown>(key) || null,
  write: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}

export const session = {
  token: (): string => Taro.getStorageSync<string>(KEY) || '',
  /** Signs `account` in; data another account left on this device is removed first. */
  save: (token: string, account: string) => {
    claimDeviceFor(storage, account)
    Taro.setStorageSync(KEY, token)
  },
  /** The token ran out: the same person signing in again finds their drafts. */
  expire: () => Taro.removeStorageSync(KEY),
  /** Signing out removes everything this person kept here: drafts, photos, the outbox. */
  signOut: () => forgetUserData(storage),
}
