/**
 * Staff: the applications of their union's subtree, newest activity first,
 * filtered by status with counts, 20 a page. Personal numbers are masked.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import dayjs from 'dayjs'
import { APPLICATION_STATUSES, STATUS_LABELS, type ApplicationStatus } from '../../../domain/application/application-machine'
import type { ApplicationSummary } from '../../../domain/application/application-views'
import { formatYuan } from '../../../domain/shared/money'
import { applicationApi } from '../../../api/application'
import { ErrorNote } from '../../../components/error-note'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import './index.scss'

export default function CaseList() {
  const [status, setStatus] = useState<ApplicationStatus | undefined>(undefined)
  const [more, setMore] = useState<{ items: ApplicationSummary[]; cursor: string | null }>({ items: [], cursor: null })
  const first = useRemote(async () => {
    const page = await applicationApi.list(status)
    setMore({ items: [], cursor: page.nextCursor })
    return page
  }, [status])
  usePullDownRefresh(() => void first.reload())
  useReachBottom(() => {
    if (!more.cursor) return
    applicationApi.list(status, more.cursor).then(
      (page) => setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.nextCursor })),
      (e: unknown) => void Taro.showToast({ title: toAppError(e).message, icon: 'none' }),
    )
  })
  const counts = first.data?.counts
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0
  const items = [...(first.data?.items ?? []), ...more.items]

  return (
    <View className='page cases'>
      <View className='cases__filters'>
        <View className={`chip ${status === undefined ? 'chip--on' : ''}`} onClick={() => setStatus(undefined)}>
          <Text>全部 {total}</Text>
        </View>
        {APPLICATION_STATUSES.filter((s) => (counts?.[s] ?? 0) > 0).map((s) => (
          <View key={s} className={`chip ${status === s ? 'chip--on' : ''}`} onClick={() => setStatus(s)}>
            <Text>
              {STATUS_LABELS[s]} {counts?.[s] ?? 0}
            </Text>
          </View>
        ))}
      </View>
      {first.error ? <ErrorNote error={first.error} onRetry={() => void first.reload()} /> : null}
      {first.data && items.length === 0 ? <View className='card hint'>暂无建档申请</View> : null}
      {items.map((a) => (
        <View key={a.id} className='card case' onClick={() => void Taro.navigateTo({ url: `${routes.caseDetail}?id=${a.id}` })}>
          <View className='case__head'>
            <Text className='case__name'>{a.applicantName}</Text>
            <Text className='case__status'>{a.statusLabel}</Text>
          </View>
          <Text className='hint'>
            {a.idNumberMasked} · {a.householdSize}人 · 人均月收入{formatYuan(a.perCapitaIncomeFen)}元
            {a.suggestedCategory ? ` · 建议${a.suggestedCategory}` : ''}
          </Text>
          <Text className='hint'>
            {a.union.name} · {dayjs(a.updatedAt).format('YYYY-MM-DD HH:mm')}更新
          </Text>
        </View>
      ))}
    </View>
  )
}
