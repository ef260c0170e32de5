import Taro from '@tarojs/taro'

const INBOX_TAB = 1

/** The unread count on the 消息 tab. Only tab pages may call this. */
export function showUnread(unread: number): void {
  const done = () => undefined
  if (unread > 0) void Taro.setTabBarBadge({ index: INBOX_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(done)
  else void Taro.removeTabBarBadge({ index: INBOX_TAB }).catch(done)
}
