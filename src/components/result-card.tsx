/**
 * The engine's preliminary result in the words staff see too: the verdict,
 * the per-capita income and the explanation. Used by 自助测算 and by the
 * apply form's last step; `note` says where it was computed and what it is worth.
 */
import { Text, View } from '@tarojs/components'
import type { EligibilityResult } from '../domain/eligibility/eligibility'
import { formatYuan } from '../domain/shared/money'

export function ResultCard({ result, note }: { result: EligibilityResult; note: string }) {
  return (
    <View className={`card result ${result.eligible ? 'result--yes' : 'result--no'}`}>
      <Text className='result__verdict'>{result.eligible ? `初步符合：第${result.criterion}条标准（${result.category}）` : '初步不符合建档条件'}</Text>
      <Text className='hint'>家庭人均月收入约 {formatYuan(result.perCapitaMonthlyIncomeFen)} 元</Text>
      <Text className='result__explanation'>{result.explanation}</Text>
      <Text className='hint'>{note}</Text>
    </View>
  )
}
