/**
 * 待上传的走访记录: every visit saved on this phone and not yet arrived (and
 * those that just arrived), each with its state — 待上传 / 上传中 / 失败·重试 /
 * 服务出错·已暂停 / 需要修改 / 已送达 — how many photos it still has to send, and 重试.
 */
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { newRequestId } from '../../../api/request-id'
import { Button, Tag } from '../../../components/nut'
import { appOutbox } from '../../../outbox/app-outbox'
import { STATE_LABELS, type OutboxItem, type OutboxState } from '../../../outbox/outbox.types'
import { deviceStorage } from '../../../components/device-storage'
import { routes } from '../../../routes'
import { forgetSent, reopenSent } from '../file/visit-draft'
import { isVisitItem, shownState } from './waiting-state'

const TONES: Record<OutboxState, 'default' | 'primary' | 'warning' | 'danger' | 'success'> = {
  pending: 'default',
  sending: 'primary',
  failed: 'warning',
  stalled: 'danger',
  rejected: 'danger',
  done: 'success',
}

function progress(item: OutboxItem): string {
  const photos = item.steps.filter((s) => s.type === 'upload')
  const left = photos.filter((s) => !s.done).length
  if (item.state === 'done') return '走访记录已送达工会'
  return left > 0 ? `还有${left}张照片待上传` : '照片已上传，待上传走访记录'
}

/** The server refused it (it says why): back to the form as it was, to correct and save again. */
function reopen(item: OutboxItem): void {
  const call = item.steps.find((s) => s.type === 'call')
  const applicationId = (call?.type === 'call' ? (call.data as { applicationId?: string }).applicationId : undefined) ?? ''
  if (!reopenSent(deviceStorage, item.id, newRequestId()) || !applicationId)
    return void Taro.showToast({ title: '这条记录的草稿已不在本机，请重新填写', icon: 'none' })
  appOutbox().discard(item.id)
  void Taro.navigateTo({ url: `${routes.fileVisit}?applicationId=${applicationId}` })
}

const retry = () => {
  const box = appOutbox()
  box.retryNow()
  void box.flush()
}

export function WaitingVisits({ items }: { items: readonly OutboxItem[] }) {
  const visits = items.filter(isVisitItem)
  // An arrived visit needs no draft to correct it: its kept copy (personal data) goes.
  const arrived = visits
    .filter((i) => i.state === 'done')
    .map((i) => i.id)
    .join(' ')
  useEffect(() => {
    for (const id of arrived.split(' ').filter(Boolean)) forgetSent(deviceStorage, id)
  }, [arrived])
  if (visits.length === 0) return null
  const waiting = visits.some((i) => ['failed', 'stalled'].includes(shownState(i, items).state) || i.state === 'pending')
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
              <View className='waiting__actions'>
                <Button size='small' type='primary' onClick={() => reopen(item)}>
                  修改后重新保存
                </Button>
                <Button size='small' fill='outline' onClick={() => (appOutbox().discard(item.id), forgetSent(deviceStorage, item.id))}>
                  放弃这条记录
                </Button>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
