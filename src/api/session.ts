/** The local host's sign-in token (browser build only; WeChat identifies the user itself). */
import Taro from '@tarojs/taro'

const KEY = 'bangfu.token'

export const session = {
  token: (): string => Taro.getStorageSync<string>(KEY) || '',
  save: (token: string) => Taro.setStorageSync(KEY, token),
  clear: () => Taro.removeStorageSync(KEY),
}
