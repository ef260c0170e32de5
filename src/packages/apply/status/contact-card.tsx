/**
 * 困难职工解困脱困联系卡（困难职工存）in the seed's layout (seed 001 附件3): the
 * worker, the helping unit and helper, the union to contact, and the
 * 解困脱困措施 / 计划 options of the union's lists for the worker to keep.
 */
import { Text, View } from '@tarojs/components'
import type { ContactCard as Card } from '../../../domain/application/application-views'
import { valueListsFor } from '../../../domain/value-lists/value-list-sets'

const Row = ({ label, value }: { label: string; value: string }) => (
  <View className='contact-card__row'>
    <Text className='contact-card__label'>{label}</Text>
    <Text className='contact-card__value'>{value}</Text>
  </View>
)

export function ContactCard({ card }: { card: Card }) {
  const lists = valueListsFor(card.valueListSet)
  const options = (items: readonly { label: string; short?: string }[]) => items.map((item, i) => `${i + 1}.${item.short ?? item.label}□`).join('；')
  return (
    <View className='contact-card'>
      <Text className='contact-card__title'>困难职工解困脱困联系卡（困难职工存）</Text>
      <Row label='职工编号' value={card.fileNumber} />
      <Row label='职工姓名' value={card.name} />
      <Row label='性别 · 出生年月' value={`${card.sex} · ${card.birthMonth}`} />
      <Row label='困难类别' value={card.category} />
      <Row label='帮扶单位' value={card.helperUnit} />
      <Row label='帮扶责任人' value={card.helperName} />
      <Row label='困难职工所属工会' value={`${card.unionName}（联系帮扶责任人请找所属工会）`} />
      <Row label='解困脱困措施选项' value={options(lists.measure)} />
      <Row label='解困脱困计划选项' value={options(lists.actionPlan)} />
    </View>
  )
}
