import type { NoticeKind, NoticeView } from '../domain/notice/notice'
import { send } from './transport'

/** `unreadByKind` comes with the first page only. */
export type NoticePage = { items: NoticeView[]; nextCursor: string | null; unread: number; unreadByKind: Partial<Record<NoticeKind, number>> | null }

export type SubscribableTemplate = { kind: string; title: string; templateId: string; credits: number }

export const inboxApi = {
  subscriptions: () => send<{ templates: SubscribableTemplate[] }>({ fn: 'inbox', action: 'subscriptions' }),
  subscribe: (accepted: string[], requestId: string) =>
    send<{ templates: SubscribableTemplate[] }>({ fn: 'inbox', action: 'subscribe', data: { accepted }, requestId }),
  list: (cursor?: string, kind?: NoticeKind) =>
    send<NoticePage>({ fn: 'inbox', action: 'list', data: { ...(cursor ? { cursor } : {}), ...(kind ? { kind } : {}) } }),
  unreadCount: () => send<{ unread: number }>({ fn: 'inbox', action: 'unreadCount' }),
  markRead: (ids: string[], requestId: string) => send<{ unread: number }>({ fn: 'inbox', action: 'markRead', data: { ids }, requestId }),
}
