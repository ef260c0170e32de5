/**
 * The phone's own storage (Taro's synchronous storage: it survives the app
 * being killed), as the drafts use it. Pure modules take the `DeviceStorage`
 * type, so tests give them a map instead.
 */
import Taro from '@tarojs/taro'

export type DeviceStorage = { read(key: string): unknown; write(key: string, value: unknown): void; remove(key: string): void }

export const deviceStorage: DeviceStorage = {
  read: (key) => Taro.getStorageSync<unknown>(key) || null,
  write: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}
