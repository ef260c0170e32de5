/**
 * 困难职工解困脱困联系卡（困难职工存） on screen: the same fields, in the same
 * order, as the printed copy (seed 001 附件3) — the helper and the union
 * contact with 职务 and 联系方式, the measures and plans with their boxes.
 */
import { Text, View } from '@tarojs/components'
import type { WorkerCard } from '../../domain/assistance/assistance-views'

const Row = ({ label, value }: { label: string; value: string }) => (
  <View className='assist-card__row'>
    <Text className='assist-card__label'>{label}</Text>
    <Text className='assist-card__value'>{value || '—'}</Text>
  </View>
)

function Options({ items, other }: { items: WorkerCard['measures']; other: string | undefined }) {
  return (
    <View className='assist-card__options'>
      {items.map((item, i) => (
        <Text key={item.label} className={`assist-card__option ${item.ticked ? 'assist-card__option--on' : ''}`}>
          {`${i + 1}.${item.label}${item.ticked ? '☑' : '□'}${item.ticked && item.label.endsWith('（注明）') && other ? `：${other}` : ''}`}
        </Text>
      ))}
    </View>
  )
}

export function CardView({ card }: { card: WorkerCard }) {
  return (
    <View className='card assist-card'>
      <Text className='section-title'>困难职工解困脱困联系卡（困难职工存）</Text>
      <Row label='职工姓名' value={`${card.name}　${card.sex}　${card.birthMonth}`} />
      <Row label='帮扶单位' value={card.helperUnit} />
      <Row label='帮扶责任人' value={card.helper.name} />
      <Row label='职务' value={card.helper.title} />
      <Row label='联系方式' value={card.helper.phone} />
      <Row label='工会联络人' value={card.contact.name} />
      <Row label='职务' value={card.contact.title} />
      <Row label='联系方式' value={card.contact.phone} />
      <Text className='assist-card__label assist-card__label--block'>解困脱困措施选项</Text>
      <Options items={card.measures} other={card.otherMeasure} />
      <Text className='assist-card__label assist-card__label--block'>解困脱困计划选项</Text>
      <Options items={card.plans} other={card.otherPlan} />
      <Row label='完成时限' value={card.deadlineText} />
      <Row label='备注' value={card.notes ?? ''} />
    </View>
  )
}
