/**
 * 授权书（声明书）and the last look before sending: the versioned text with an
 * explicit 同意, the engine's preliminary result in the self-check's words,
 * and what is still to fix, step by step.
 */
import { Text, View } from '@tarojs/components'
import { CONSENT_TEXT, CONSENT_TITLE, CONSENT_VERSION } from '../../../domain/application/consent'
import type { EligibilityResult } from '../../../domain/eligibility/eligibility'
import type { FieldErrors } from '../../../domain/shared/app-error'
import { ResultCard } from '../../../components/result-card'
import { APPLY_STEPS, stepOfPath } from './apply-steps'

type Props = {
  agreed: boolean
  onAgree: (agreed: boolean) => void
  assessment: EligibilityResult | null
  errors: FieldErrors
  onGoTo: (step: number) => void
}

function problemsByStep(errors: FieldErrors): { step: number; count: number; first: string }[] {
  const byStep = new Map<number, { count: number; first: string }>()
  for (const [path, message] of Object.entries(errors)) {
    if (path === 'consent') continue
    const step = stepOfPath(path)
    const seen = byStep.get(step)
    byStep.set(step, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? message })
  }
  return [...byStep.entries()].sort(([a], [b]) => a - b).map(([step, v]) => ({ step, ...v }))
}

export function ConsentStep({ agreed, onAgree, assessment, errors, onGoTo }: Props) {
  const problems = problemsByStep(errors)
  return (
    <View>
      <View className='card consent'>
        <Text className='consent__title'>{CONSENT_TITLE}</Text>
        {CONSENT_TEXT.split('\n').map((line) => (
          <Text key={line} className='consent__line'>
            {line}
          </Text>
        ))}
        <Text className='hint'>{`版本 ${CONSENT_VERSION}`}</Text>
        {/* A drawn box, not a native checkbox: one tap, one change, on every platform. */}
        <View className='consent__agree' onClick={() => onAgree(!agreed)}>
          <Text className={`consent__box ${agreed ? 'consent__box--on' : ''}`}>{agreed ? '✓' : ''}</Text>
          <Text>我已阅读并同意以上授权和声明</Text>
        </View>
        <Text className='error-text'>{errors.consent && !agreed ? errors.consent : ''}</Text>
      </View>
      {assessment ? <ResultCard result={assessment} note='测算结果仅供参考，以工会入户调查和审批为准。' /> : null}
      {problems.length > 0 ? (
        <View className='card problems'>
          <Text className='error-text'>以下内容还需要修改：</Text>
          {problems.map((p) => (
            <View key={p.step} className='picker-row problems__row' onClick={() => onGoTo(p.step)}>
              <Text>{`${APPLY_STEPS[p.step]?.title ?? ''}：${p.first}${p.count > 1 ? `等${p.count}处` : ''}`}</Text>
              <Text className='hint'>去修改 ›</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
