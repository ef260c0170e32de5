/**
 * The visit form's fields, each with its message in the server's words:
 * type, time, participants, the household's situation and changes, updated
 * incomes (optional), measures and the worker's acknowledgment. Inputs carry
 * `field__input--<key>` (months and rows as `<key>-<i>`), choices are `.chip`s
 * inside `.visit-field--<key>`.
 */
import type { ReactNode } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { VISIT_TYPE_LABELS, VISIT_TYPES } from '../../../domain/visit/visit.schema'
import { Button } from '../../../components/nut'
import type { VisitDraft } from './visit-draft'

export type FieldsProps = {
  draft: VisitDraft
  /** The message to show for a path, if it should show now. */
  messageOf: (path: string) => string | undefined
  update: (patch: Partial<VisitDraft>, touched: string) => void
}

export function Field({
  name,
  label,
  required,
  message,
  children,
}: {
  name: string
  label: string
  required?: boolean
  message?: string
  children: ReactNode
}) {
  return (
    <View className={`field visit-field visit-field--${name}`}>
      <Text className='field__label'>
        {required ? <Text className='field__required'>*</Text> : null}
        {label}
      </Text>
      {children}
      {/* Only a real message is an .error-text: the save button scrolls to the first one. */}
      {message ? <Text className='error-text'>{message}</Text> : null}
    </View>
  )
}

function Chips<T>({ options, on, pick }: { options: { value: T; label: string }[]; on: (v: T) => boolean; pick: (v: T) => void }) {
  return (
    <View className='visit-chips'>
      {options.map((o) => (
        <Text key={o.label} className={`chip ${on(o.value) ? 'chip--on' : ''}`} onClick={() => pick(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  )
}

const TYPE_OPTIONS = VISIT_TYPES.map((value) => ({ value, label: VISIT_TYPE_LABELS[value] }))
const YES_NO = [
  { value: true, label: '职工已确认' },
  { value: false, label: '职工未确认' },
]

export function VisitFields({ draft, messageOf, update }: FieldsProps) {
  const text = (key: 'happenedAt' | 'participants' | 'situation' | 'changes', placeholder: string, long = false) => {
    const onInput = (e: { detail: { value: string } }) => update({ [key]: e.detail.value }, key)
    const className = `field__input field__input--${key}${long ? ' field__textarea' : ''}`
    return long ? (
      <Textarea className={className} value={draft[key]} placeholder={placeholder} maxlength={2000} onInput={onInput} />
    ) : (
      <Input className={className} value={draft[key]} placeholder={placeholder} onInput={onInput} />
    )
  }
  const setMonth = (i: number, value: string) => update({ monthlyIncome: draft.monthlyIncome.map((m, j) => (j === i ? value : m)) }, 'monthlyIncome')
  const setMeasure = (i: number, patch: Partial<VisitDraft['measures'][number]>) =>
    update({ measures: draft.measures.map((m, j) => (j === i ? { ...m, ...patch } : m)) }, 'measures')

  return (
    <View className='card'>
      <Field name='type' label='走访类型' required message={messageOf('type')}>
        <Chips options={TYPE_OPTIONS} on={(v) => draft.type === v} pick={(type) => update({ type }, 'type')} />
      </Field>
      <Field name='happenedAt' label='走访时间' required message={messageOf('happenedAt')}>
        {text('happenedAt', '如2026-03-05 09:30')}
      </Field>
      <Field name='participants' label='参与人员' required message={messageOf('participants') ?? messageOf('participants.0')}>
        {text('participants', '姓名，用“、”分隔')}
      </Field>
      <Field name='situation' label='家庭情况' required message={messageOf('situation')}>
        {text('situation', '家庭成员、健康、就业、收入、住房等情况', true)}
      </Field>
      <Field name='changes' label='变化情况' message={messageOf('changes')}>
        {text('changes', '与上次走访相比的变化（选填）', true)}
      </Field>
      <Field
        name='monthlyIncome'
        label='更新家庭月收入（选填，近6个月，元，从早到晚）'
        message={draft.monthlyIncome.map((_, i) => messageOf(`monthlyIncome.${i}`)).find(Boolean) ?? messageOf('monthlyIncome')}
      >
        <View className='visit-months'>
          {draft.monthlyIncome.map((m, i) => (
            <Input
              key={i}
              className={`field__input visit-months__input field__input--monthlyIncome-${i}`}
              type='digit'
              value={m}
              placeholder={`第${i + 1}月`}
              onInput={(e) => setMonth(i, e.detail.value)}
            />
          ))}
        </View>
        <Text className='hint'>填写后将按新收入重新测算，连续6个月人均收入高于低保标准的列为脱困候选。</Text>
      </Field>
      <Field name='measures' label='帮扶措施' message={draft.measures.map((_, i) => messageOf(`measures.${i}.text`)).find(Boolean) ?? messageOf('measures')}>
        {draft.measures.map((m, i) => (
          <View key={i} className='visit-measure'>
            <Input
              className={`field__input field__input--measures-${i}`}
              value={m.text}
              placeholder='如：协助申请医疗救助'
              onInput={(e) => setMeasure(i, { text: e.detail.value })}
            />
            <Chips
              options={[
                { value: false, label: '已商议' },
                { value: true, label: '已落实' },
              ]}
              on={(v) => m.delivered === v}
              pick={(delivered) => setMeasure(i, { delivered })}
            />
          </View>
        ))}
        {draft.measures.length < 20 ? (
          <Button
            size='small'
            fill='outline'
            className='visit-measure__add'
            onClick={() => update({ measures: [...draft.measures, { text: '', delivered: false }] }, 'measures')}
          >
            ＋ 添加帮扶措施
          </Button>
        ) : null}
      </Field>
      <Field name='acknowledgment' label='职工确认' required message={messageOf('acknowledgment.acknowledged') ?? messageOf('acknowledgment')}>
        <Chips options={YES_NO} on={(v) => draft.acknowledged === v} pick={(acknowledged) => update({ acknowledged }, 'acknowledgment')} />
        <Input
          className='field__input field__input--acknowledgedBy'
          value={draft.acknowledgedBy}
          placeholder='确认人姓名（职工已确认时必填）'
          onInput={(e) => update({ acknowledgedBy: e.detail.value }, 'acknowledgment')}
        />
        {messageOf('acknowledgment.by') ? <Text className='error-text'>{messageOf('acknowledgment.by')}</Text> : null}
      </Field>
    </View>
  )
}
