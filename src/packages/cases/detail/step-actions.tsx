/**
 * The steps this staff member may take now (the server's `available`, from
 * the transition table), one button each; a tapped step opens its form in
 * place. After a step the detail reloads and what the server reported (the
 * assessment's change, the publicity's end date, the file number) stays in view.
 */
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { TRANSITIONS } from '../../../domain/application/application-machine'
import type { ApplicationDetailView, HelperOption, StepResult } from '../../../domain/application/application-views'
import { applicationApi, type StaffStep } from '../../../api/application'
import { Button } from '../../../components/nut'
import { StepForm } from './step-form'

type Props = { detail: ApplicationDetailView; onChanged: () => Promise<void> }
type Done = { step: StaffStep; result: StepResult }

/** Steps that close a case are shown apart from the ones that move it on. */
const CLOSING: readonly StaffStep[] = ['return', 'reject', 'markFalseDeclaration']

/** What the server reported, in words, read against the reloaded detail. */
export function resultLines({ step, result }: Done, detail: ApplicationDetailView): string[] {
  if (step === 'recordInvestigation') return result.changes?.length ? result.changes.map((c) => `核实后${c}`) : ['核实情况未改变系统评估结果']
  if (step === 'startPublicity' && detail.publicity) {
    const p = detail.publicity
    return [`公示期：${p.startDate} 至 ${p.endDate}（${p.workingDays}个工作日），期满后可结束公示`]
  }
  if (step === 'file' && result.fileNumber) return [`已建档，档案编号 ${result.fileNumber}`]
  return [`已${TRANSITIONS[step].label}`]
}

function useHelpers(needed: boolean): HelperOption[] {
  const [helpers, setHelpers] = useState<HelperOption[]>([])
  useEffect(() => {
    if (needed)
      applicationApi.helpers().then(
        (r) => setHelpers(r.helpers),
        () => setHelpers([]),
      )
  }, [needed])
  return helpers
}

export function StepActions({ detail, onChanged }: Props) {
  const available = detail.available.filter((s): s is StaffStep => s !== 'submit' && s !== 'resubmit')
  const [open, setOpen] = useState<StaffStep | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const helpers = useHelpers(available.includes('file'))

  const finish = async (step: StaffStep, result: StepResult) => {
    setOpen(null)
    setDone({ step, result })
    await onChanged()
  }

  return (
    <View className='step-actions'>
      {done ? (
        <View className='card step-result'>
          {resultLines(done, detail).map((line) => (
            <Text key={line} className='step-result__line'>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      {open ? (
        <StepForm step={open} ctx={{ detail, helpers }} onCancel={() => setOpen(null)} onDone={(r) => void finish(open, r)} />
      ) : available.length > 0 ? (
        <View className='card step-actions__buttons'>
          <Text className='step-actions__title'>可办理</Text>
          {available.map((step) => (
            <Button
              key={step}
              className={`step-actions__button step-actions__button--${step}`}
              block
              type={CLOSING.includes(step) ? 'default' : 'primary'}
              onClick={() => (setDone(null), setOpen(step))}
            >
              {TRANSITIONS[step].label}
            </Button>
          ))}
        </View>
      ) : null}
    </View>
  )
}
