/** Opens `url` afresh, every page closed (WeChat build: the app's memory holds nobody else's data). */
import Taro from '@tarojs/taro'

export function restartApp(url: string): void {
  void Taro.reLaunch({ url })
}
