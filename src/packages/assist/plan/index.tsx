/**
 * 制定帮扶计划: staff of the household's union (or above) or its paired
 * helper tick the measures and plans from the region's lists, pick the
 * deadline (年月, the platform's month picker, this month to five years on,
 * as the server allows) and notes. Saving makes a new revision that waits for the
 * worker's 签字确认; the server's messages show beside their fields.
 */
import { useRef, useState } from 'react'
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { assistanceApi, type PlanForm } from '../../../api/assistance'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import { deadlineText } from '../../../domain/assistance/assistance-views'
import { deadlineBounds } from '../../../domain/assistance/assistance.schema'
import type { AppError } from '../../../domain/shared/app-error'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import '../assist.scss'

type Choice = { code: string; label: string }

function Ticks({ name, items, chosen, toggle }: { name: string; items: Choice[]; chosen: string[]; toggle: (code: string) => void }) {
  return (
    <View className={`assist-chips assist-chips--${name}`}>
      {items.map((i) => (
        <Text key={i.code} className={`chip ${chosen.includes(i.code) ? 'chip--on' : ''}`} onClick={() => toggle(i.code)}>
          {i.label}
        </Text>
      ))}
    </View>
  )
}

type TicksFieldProps = {
  label: string
  name: 'measures' | 'plans'
  other: 'otherMeasure' | 'otherPlan'
  otherHint: string
  items: Choice[]
  chosen: string[]
  toggle: (code: string) => void
  otherText: string | undefined
  onOtherInput: (e: { detail: { value: string } }) => void
  message: string | undefined
}

/** A list of ticks from the region's choices, with the text 其他（注明） asks for and the field's error. */
function TicksField(p: TicksFieldProps) {
  return (
    <View className='field'>
      <Text className='field__label'>{p.label}</Text>
      <Ticks name={p.name} items={p.items} chosen={p.chosen} toggle={p.toggle} />
      {p.chosen.includes('other') ? (
        <Input className={`field__input field__input--${p.other}`} placeholder={p.otherHint} value={p.otherText} onInput={p.onOtherInput} />
      ) : null}
      {p.message ? <Text className='error-text'>{p.message}</Text> : null}
    </View>
  )
}

/** Today in China (the server's and the union's day), YYYY-MM-DD. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
const nextDecember = () => `${Number(chinaToday().slice(0, 4)) + 1}-12`

/** 帮扶任务完成时限 as the platform's month picker; both platforms take full dates for the range and answer YYYY-MM. */
function DeadlinePicker({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const { earliest, latest } = deadlineBounds(chinaToday())
  return (
    <Picker
      mode='date'
      fields='month'
      start={`${earliest}-01`}
      end={`${latest}-31`}
      value={`${value}-01`}
      onChange={(e) => onChange(String(e.detail.value).slice(0, 7))}
    >
      <View className='field__input field__input--deadline assist-deadline'>
        <Text>{deadlineText(value)}</Text>
        <Text className='hint'>修改 ›</Text>
      </View>
    </Picker>
  )
}

export default function AssistPlan() {
  const applicationId = useRouter().params.applicationId ?? ''
  const [form, setForm] = useState<PlanForm | null>(null)
  const remote = useRemote(async () => {
    const o = await assistanceApi.overview(applicationId)
    if (!form) {
      const p = o.plan
      setForm({
        applicationId,
        measures: p?.measures ?? [],
        plans: p?.plans ?? [],
        deadline: p?.deadline ?? nextDecember(),
        notes: p?.notes ?? '',
        otherMeasure: p?.otherMeasure ?? '',
        otherPlan: p?.otherPlan ?? '',
      })
    }
    return o
  })
  const intent = useRef(new Intent())
  const [error, setError] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data || !form) return <View className='page hint'>加载中…</View>
  const o = remote.data
  const toggle = (key: 'measures' | 'plans') => (code: string) =>
    setForm({ ...form, [key]: form[key].includes(code) ? form[key].filter((c) => c !== code) : [...form[key], code] })
  const text = (key: 'otherMeasure' | 'otherPlan' | 'notes') => (e: { detail: { value: string } }) => setForm({ ...form, [key]: e.detail.value })
  const message = (field: string) => error?.fields?.[field]
  /** One list's ticks, its 其他 text and its error (the list's own first). */
  const tick = (key: 'measures' | 'plans', other: 'otherMeasure' | 'otherPlan') => ({
    chosen: form[key],
    toggle: toggle(key),
    otherText: form[other],
    onOtherInput: text(other),
    message: message(key) ?? message(other),
  })
  const save = async () => {
    setSaving(true)
    try {
      await intent.current.send((rid) => assistanceApi.plan(form, rid))
      setError(null)
      await Taro.showToast({ title: '已保存，待职工确认', icon: 'success' })
      void Taro.navigateBack()
    } catch (e) {
      setError(toAppError(e))
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className='page assist-plan-form'>
      <View className='card'>
        <Text className='section-title'>{`${o.name}家的帮扶计划`}</Text>
        <TicksField
          label='解困脱困措施'
          name='measures'
          other='otherMeasure'
          otherHint='注明其他措施'
          {...tick('measures', 'otherMeasure')}
          items={o.choices.measures}
        />
        <TicksField label='解困脱困计划' name='plans' other='otherPlan' otherHint='注明其他计划' {...tick('plans', 'otherPlan')} items={o.choices.plans} />
        <View className='field'>
          <Text className='field__label'>帮扶任务完成时限（该月底前实现解困脱困）</Text>
          <DeadlinePicker value={form.deadline} onChange={(deadline) => setForm({ ...form, deadline })} />
          {message('deadline') ? <Text className='error-text'>{message('deadline')}</Text> : null}
        </View>
        <View className='field'>
          <Text className='field__label'>备注</Text>
          <Textarea className='field__input field__textarea field__input--notes' value={form.notes ?? ''} maxlength={500} onInput={text('notes')} />
        </View>
        {error && !error.fields ? <Text className='error-text'>{error.message}</Text> : null}
      </View>
      <Button type='primary' block loading={saving} onClick={() => void save()}>
        保存并请职工确认
      </Button>
    </View>
  )
}
