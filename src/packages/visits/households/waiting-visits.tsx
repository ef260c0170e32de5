/**
 * 待上传的走访记录: every visit saved on this phone and not yet arrived (and
 * those that just arrived), each with its state — 待上传 / 上传中 / 失败·重试 /
 * 需要修改 / 已送达 — how many photos it still has to send, and 重试.
 */
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '../../../components/nut'
import { appOutbox } from '../../../outbox/app-outbox'
import { STATE_LABELS, type OutboxItem, type OutboxState } from '../../../outbox/outbox.types'
import { isVisitItem, shownState } from './waiting-state'

const TONES: Record<OutboxState, 'default' | 'primary' | 'warning' | 'danger' | 'success'> = {
  pending: 'default',
  sending: 'primary',
  failed: 'warning',
  rejected: 'danger',
  done: 'success',
}

function progress(item: OutboxItem): string {
  const photos = item.steps.filter((s) => s.type === 'upload')
  const left = photos.filter((s) => !s.done).length
  if (item.state === 'done') return '走访记录已送达工会'
  return left > 0 ? `还有${left}张照片待上传` : '照片已上传，待上传走访记录'
}

const retry = () => {
  const box = appOutbox()
  box.retryNow()
  void box.flush()
}

export function WaitingVisits({ items }: { items: readonly OutboxItem[] }) {
  const visits = items.filter(isVisitItem)
  if (visits.length === 0) return null
  const waiting = visits.some((i) => shownState(i, items).state === 'failed' || i.state === 'pending')
  return (
    <View className='card waiting'>
      <View className='waiting__head'>
        <Text className='waiting__title'>本机保存的走访记录</Text>
        {waiting ? (
          <Button size='small' type='primary' className='waiting__retry' onClick={retry}>
            重试
          </Button>
        ) : null}
      </View>
      <Text className='hint'>没有网络时记录保存在手机上，有网络后自动上传，不会重复。</Text>
      {[...visits].reverse().map((item) => {
        const shown = shownState(item, items)
        return (
          <View key={item.id} className={`waiting__item waiting__item--${shown.state}`}>
            <View className='waiting__line'>
              <Text className='waiting__name'>{item.title}</Text>
              <Tag type={TONES[shown.state]} className='waiting__state'>
                {STATE_LABELS[shown.state]}
              </Tag>
            </View>
            <Text className='hint'>{progress(item)}</Text>
            {shown.error && shown.state !== 'done' ? <Text className='error-text'>{shown.error}</Text> : null}
            {item.state === 'rejected' ? (
              <Button size='small' fill='outline' onClick={() => appOutbox().discard(item.id)}>
                放弃这条记录
              </Button>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
