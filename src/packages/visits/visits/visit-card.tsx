/** One visit as the household's helpers and the staff above it read it; photos through the server's 5-minute links. */
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { formatYuan } from '../../../domain/shared/money'
import type { VisitView } from '../../../domain/visit/visit-views'
import { Tag } from '../../../components/nut'

const Line = ({ label, text }: { label: string; text: string }) => (
  <View className='visit__line'>
    <Text className='visit__label'>{label}</Text>
    <Text className='visit__text'>{text}</Text>
  </View>
)

function incomeText(income: NonNullable<VisitView['income']>): string {
  const months = income.monthlyIncomeFen.map((fen) => formatYuan(fen)).join('、')
  return `近6个月${months}元，人均每月${formatYuan(income.perCapitaMonthlyIncomeFen)}元`
}

export function VisitCard({ visit }: { visit: VisitView }) {
  const urls = visit.photos.map((p) => p.url)
  const ack = visit.acknowledgment.acknowledged ? `职工已确认（${visit.acknowledgment.by ?? ''}）` : '职工未确认'
  return (
    <View className='card visit'>
      <View className='visit__head'>
        <Text className='visit__type'>{visit.typeLabel}</Text>
        <Text className='visit__when'>{visit.happenedAt}</Text>
      </View>
      <Text className='hint'>{`${visit.helper.name}上传于${dayjs(visit.receivedAt).format('YYYY-MM-DD HH:mm')}`}</Text>
      <Line label='参与人员' text={visit.participants.join('、')} />
      <Line label='家庭情况' text={visit.situation} />
      {visit.changes ? <Line label='变化情况' text={visit.changes} /> : null}
      {visit.income ? <Line label='更新收入' text={incomeText(visit.income)} /> : null}
      {visit.income?.exitCandidate ? (
        <View className='visit__exit'>
          <Tag type='warning'>脱困候选：近6个月人均收入高于低保标准</Tag>
        </View>
      ) : null}
      {visit.measures.map((m, i) => (
        <Line key={i} label={i === 0 ? '帮扶措施' : ''} text={`${m.text}（${m.delivered ? '已落实' : '已商议'}）`} />
      ))}
      <Line label='职工确认' text={ack} />
      {visit.location ? <Line label='走访位置' text={`纬度${visit.location.latitude.toFixed(4)}，经度${visit.location.longitude.toFixed(4)}`} /> : null}
      <View className='visit__photos'>
        {visit.photos.map((p) => (
          <Image key={p.uploadId} className='visit__photo' src={p.url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls, current: p.url })} />
        ))}
      </View>
    </View>
  )
}
