import { Text, View } from '@tarojs/components'
import type { EligibilityResult } from '../../domain/eligibility/eligibility'
import { formatYuan } from '../../domain/shared/money'

export function ResultCard({ result }: { result: EligibilityResult }) {
  return (
    <View className={`card result ${result.eligible ? 'result--yes' : 'result--no'}`}>
      <Text className='result__verdict'>{result.eligible ? `初步符合：第${result.criterion}条标准（${result.category}）` : '初步不符合建档条件'}</Text>
      <Text className='hint'>家庭人均月收入约 {formatYuan(result.perCapitaMonthlyIncomeFen)} 元</Text>
      <Text className='result__explanation'>{result.explanation}</Text>
      <Text className='hint'>测算只在您的手机上进行，不会上传。结果仅供参考，以工会调查核实和审批为准。</Text>
    </View>
  )
}
