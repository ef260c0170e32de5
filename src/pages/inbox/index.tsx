import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import dayjs from 'dayjs'
import type { NoticeKind, NoticeView } from '../../domain/notice/notice'
import { inboxApi } from '../../api/inbox'
import { newRequestId } from '../../api/request-id'
import { ErrorNote } from '../../components/error-note'
import { Button, Tag } from '../../components/nut'
import { showUnread } from '../../components/tab-badge'
import { WechatReminders } from '../../components/wechat-reminders'
import { toAppError, useRemote } from '../../hooks/use-remote'
import { KindChips } from './kind-chips'
import './index.scss'

export default function Inbox() {
  const [more, setMore] = useState<{ items: NoticeView[]; cursor: string | null }>({ items: [], cursor: null })
  const [readIds, setReadIds] = useState<Set<string>>(new Set())
  const [kind, setKind] = useState<NoticeKind | undefined>(undefined)
  const first = useRemote(async () => {
    const page = await inboxApi.list(undefined, kind)
    showUnread(page.unread)
    setMore({ items: [], cursor: page.nextCursor })
    setReadIds(new Set())
    return page
  }, [kind])
  usePullDownRefresh(() => void first.reload())
  useReachBottom(() => {
    if (!more.cursor) return
    void inboxApi.list(more.cursor, kind).then((page) => setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.nextCursor })))
  })

  const items = [...(first.data?.items ?? []), ...more.items].map((n) => (readIds.has(n.id) ? { ...n, read: true } : n))
  const unread = Math.max(0, (first.data?.unread ?? 0) - readIds.size)

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return
    try {
      await inboxApi.markRead(ids, newRequestId())
      const next = new Set([...readIds, ...ids])
      setReadIds(next)
      showUnread(Math.max(0, (first.data?.unread ?? 0) - next.size))
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }

  return (
    <View className='page inbox'>
      <View className='inbox__head'>
        <Text className='inbox__count'>{unread > 0 ? `${unread}条未读` : '没有未读消息'}</Text>
        {unread > 0 ? (
          <Button size='small' fill='outline' onClick={() => void markRead(items.filter((n) => !n.read).map((n) => n.id))}>
            全部标为已读
          </Button>
        ) : null}
      </View>
      <WechatReminders />
      <KindChips counts={first.data?.unreadByKind ?? {}} selected={kind} onSelect={setKind} />
      {first.error ? <ErrorNote error={first.error} onRetry={() => void first.reload()} /> : null}
      {first.data && items.length === 0 ? <View className='card hint'>暂无消息</View> : null}
      {items.map((n) => (
        <View key={n.id} className={`card notice ${n.read ? 'notice--read' : ''}`} onClick={() => void (n.read ? undefined : markRead([n.id]))}>
          <View className='notice__title'>
            {n.read ? null : <View className='notice__dot' />}
            <Tag type='primary'>{n.title}</Tag>
            <Text className='notice__time'>{dayjs(n.createdAt).format('MM-DD HH:mm')}</Text>
          </View>
          <Text className='notice__body'>{n.body}</Text>
        </View>
      ))}
    </View>
  )
}
