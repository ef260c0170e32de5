import { listNoticesInput, markReadInput, noInput } from '../../../src/domain/notice/inbox.schema'
import { defineAction } from '../../core/action'
import { countUnread, listNotices, markRead } from './inbox'

export const inboxActions = {
  list: defineAction({ summary: '我的消息（分页，最新在前）', kind: 'read', allow: 'signedIn', input: listNoticesInput, run: listNotices }),
  unreadCount: defineAction({
    summary: '未读消息数',
    kind: 'read',
    allow: 'signedIn',
    input: noInput,
    run: async (ctx) => ({ unread: await countUnread(ctx) }),
  }),
  markRead: defineAction({ summary: '把消息标为已读', kind: 'write', allow: 'signedIn', input: markReadInput, run: markRead }),
}
