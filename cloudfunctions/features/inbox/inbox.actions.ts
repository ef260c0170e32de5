import { deadNoticesInput, listNoticesInput, markReadInput, noInput, subscribeInput } from '../../../src/domain/notice/inbox.schema'
import { defineAction } from '../../core/action'
import { listDeadNotices } from './dead-notices'
import { countUnread, listNotices, markRead } from './inbox'
import { listSubscriptions, recordSubscriptions } from './subscriptions'

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
  subscriptions: defineAction({
    summary: '可开启的微信消息提醒及剩余次数（本地运行时为空）',
    kind: 'read',
    allow: 'signedIn',
    input: noInput,
    run: (ctx) => listSubscriptions(ctx),
  }),
  subscribe: defineAction({
    summary: '登记用户在微信订阅弹窗中同意的消息模板（每次同意可发送一条）',
    kind: 'write',
    allow: 'signedIn',
    input: subscribeInput,
    run: recordSubscriptions,
  }),
  deadNotices: defineAction({
    summary: '推送失败、已停止重试的消息（仅管理员；站内消息不受影响）',
    kind: 'read',
    allow: ['admin'],
    input: deadNoticesInput,
    run: listDeadNotices,
  }),
}
