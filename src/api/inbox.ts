import type { NoticeView } from '../domain/notice/notice'
import { send } from './transport'

export type NoticePage = { items: NoticeView[]; nextCursor: string | null; unread: number }

export type SubscribableTemplate = { kind: string; title: string; templateId: string; credits: number }

export const inboxApi = {
  subscriptions: () => send<{ templates: SubscribableTemplate[] }>({ fn: 'inbox', action: 'subscriptions' }),
  subscribe: (accepted: string[], requestId: string) =>
    send<{ templates: SubscribableTemplate[] }>({ fn: 'inbox', action: 'subscribe', data: { accepted }, requestId }),
  list: (cursor?: string) => send<NoticePage>({ fn: 'inbox', action: 'list', data: cursor ? { cursor } : {} }),
  unreadCount: () => send<{ unread: number }>({ fn: 'inbox', action: 'unreadCount' }),
  markRead: (ids: string[], requestId: string) => send<{ unread: number }>({ fn: 'inbox', action: 'markRead', data: { ids }, requestId }),
}
