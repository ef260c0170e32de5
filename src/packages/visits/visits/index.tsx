/**
 * 走访记录: one household's visits in the order they happened, the latest 20
 * first and 查看更早的走访 for the rest, with their photos (tap to see them
 * large). For the household's helpers and the union staff above it; the
 * server decides who may read.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { VisitView } from '../../../domain/visit/visit-views'
import { visitApi } from '../../../api/visit'
import { ErrorNote } from '../../../components/error-note'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { VisitCard } from './visit-card'
import './index.scss'

export default function Visits() {
  const applicationId = useRouter().params.applicationId ?? ''
  const [earlier, setEarlier] = useState<{ visits: VisitView[]; cursor: string | null }>({ visits: [], cursor: null })
  const remote = useRemote(async () => {
    const page = await visitApi.list(applicationId)
    setEarlier({ visits: [], cursor: page.nextCursor })
    return page
  })
  const data = remote.data
  const loadEarlier = () => {
    if (!earlier.cursor) return
    visitApi.list(applicationId, earlier.cursor).then(
      (page) => setEarlier((e) => ({ visits: [...page.visits, ...e.visits], cursor: page.nextCursor })),
      (e: unknown) => void Taro.showToast({ title: toAppError(e).message, icon: 'none' }),
    )
  }

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!data) return <View className='page hint'>加载中…</View>
  const { household, total } = data
  const visits = [...earlier.visits, ...data.visits]
  return (
    <View className='page visits'>
      <View className='card'>
        <Text className='visits__household'>{`${household.name}家 · 档案号 ${household.fileNumber}`}</Text>
        <Text className='hint'>{`${household.union.name} · ${household.category} · 共${total}次走访`}</Text>
      </View>
      {visits.length === 0 ? <View className='card hint'>还没有走访记录</View> : null}
      {earlier.cursor ? (
        <Button className='visits__earlier' onClick={loadEarlier}>
          查看更早的走访
        </Button>
      ) : null}
      {visits.map((v) => (
        <VisitCard key={v.id} visit={v} />
      ))}
    </View>
  )
}
