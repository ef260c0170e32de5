/**
 * 走访记录: every visit of one household in the order they happened, with
 * its photos (tap to see them large). For the household's helpers and the
 * union staff above it; the server decides who may read.
 */
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { visitApi } from '../../../api/visit'
import { ErrorNote } from '../../../components/error-note'
import { useRemote } from '../../../hooks/use-remote'
import { VisitCard } from './visit-card'
import './index.scss'

export default function Visits() {
  const applicationId = useRouter().params.applicationId ?? ''
  const remote = useRemote(() => visitApi.list(applicationId))
  const data = remote.data

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!data) return <View className='page hint'>加载中…</View>
  const { household, visits } = data
  return (
    <View className='page visits'>
      <View className='card'>
        <Text className='visits__household'>{`${household.name}家 · 档案号 ${household.fileNumber}`}</Text>
        <Text className='hint'>{`${household.union.name} · ${household.category} · 共${visits.length}次走访`}</Text>
      </View>
      {visits.length === 0 ? <View className='card hint'>还没有走访记录</View> : null}
      {visits.map((v) => (
        <VisitCard key={v.id} visit={v} />
      ))}
    </View>
  )
}
