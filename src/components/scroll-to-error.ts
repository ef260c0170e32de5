import Taro from '@tarojs/taro'

/** Brings the first visible error under `scope` into view (WeChat: the page scrolls; see scroll-to-error.h5.ts). */
export function scrollToFirstError(scope: string): void {
  setTimeout(() => void Taro.pageScrollTo({ selector: `${scope} .error-text`, duration: 200 }).catch(() => undefined), 50)
}
