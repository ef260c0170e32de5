import type { NoticeView } from '../domain/notice/notice'
import { send } from './transport'

export type NoticePage = { items: NoticeView[]; nextCursor: string | null; unread: number }

export const inboxApi = {
  list: (cursor?: string) => send<NoticePage>({ fn: 'inbox', action: 'list', data: cursor ? { cursor } : {} }),
  unreadCount: () => send<{ unread: number }>({ fn: 'inbox', action: 'unreadCount' }),
  markRead: (ids: string[], requestId: string) => send<{ unread: number }>({ fn: 'inbox', action: 'markRead', data: { ids }, requestId }),
}
