/** Aid entries as the ledger lists them: date, kind, amount and goods, fund level, project; reversals marked; the signed receipt when the server linked it. */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AidEntryView } from '../../domain/assistance/assistance-views'

const yuan = (n: number) => `${n.toFixed(2)}元`

export function AidList({ entries, showName, onReverse }: { entries: AidEntryView[]; showName?: boolean; onReverse?: (entry: AidEntryView) => void }) {
  if (entries.length === 0) return <View className='card hint'>还没有帮扶记录</View>
  return (
    <View className='card'>
      {entries.map((e) => (
        <View key={e.id} className={`aid-entry ${e.reverses ? 'aid-entry--reversal' : ''} ${e.reversedBy ? 'aid-entry--reversed' : ''}`}>
          <View className='aid-entry__head'>
            <Text className='aid-entry__kind'>{`${e.date} ${e.kind}${showName ? ` · ${e.applicantName}` : ''}`}</Text>
            <Text className='aid-entry__amount'>{yuan(e.amount)}</Text>
          </View>
          <Text className='hint'>
            {[e.goods ? `物资：${e.goods.name}（${yuan(e.goods.value)}）` : '', `${e.fundLevel}资金`, e.project ?? '', `经办：${e.handledBy}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {e.receiptUrl ? (
            <Text className='aid-entry__receipt' onClick={() => void Taro.previewImage({ urls: [e.receiptUrl ?? ''] })}>
              查看签收单
            </Text>
          ) : null}
          {e.reverses ? <Text className='hint'>{`冲销记录：${e.reverses.reason}`}</Text> : null}
          {e.reversedBy ? <Text className='hint'>{`已于${e.reversedBy.at.slice(0, 10)}由${e.reversedBy.name}冲销：${e.reversedBy.reason}`}</Text> : null}
          {onReverse && !e.reverses && !e.reversedBy ? (
            <Text className='aid-entry__reverse' onClick={() => onReverse(e)}>
              冲销
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}

export function Totals({ totals }: { totals: { amount: number; byFundLevel: Record<string, number>; byKind: Record<string, number> } }) {
  const line = (map: Record<string, number>) =>
    Object.entries(map)
      .map(([k, v]) => `${k} ${yuan(v)}`)
      .join('；')
  return (
    <View className='card assist-totals'>
      <Text className='assist-totals__sum'>{`帮扶金额合计 ${yuan(totals.amount)}`}</Text>
      <Text className='hint'>{`按资金级别：${line(totals.byFundLevel) || '—'}`}</Text>
      <Text className='hint'>{`按帮扶类别：${line(totals.byKind) || '—'}`}</Text>
    </View>
  )
}
