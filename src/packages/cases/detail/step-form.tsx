/**
 * One staff step as a form: checked as the user types with the step's own
 * zod input (see step-specs.ts), sent once per intent (a retry after a lost
 * answer reuses the request id and the server replays the first answer),
 * with the server's field messages shown under the fields they name.
 */
import { useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { TRANSITIONS } from '../../../domain/application/application-machine'
import type { StepResult } from '../../../domain/application/application-views'
import type { AppError, FieldErrors } from '../../../domain/shared/app-error'
import { applicationApi, type StaffStep } from '../../../api/application'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import { toAppError } from '../../../hooks/use-remote'
import { StepField } from './step-fields'
import { STEP_SPECS, type SpecContext, type Values } from './step-specs'
import { initialValues, toInput, validate } from './step-values'

type Props = { step: StaffStep; ctx: SpecContext; onCancel: () => void; onDone: (result: StepResult) => void }

/** A field's messages start showing once it (or a row of it) was edited, or on the first send. */
const rootOf = (path: string) => path.split('.')[0] ?? path

export function StepForm({ step, ctx, onCancel, onDone }: Props) {
  const spec = STEP_SPECS[step]
  const [values, setValues] = useState<Values>(() => initialValues(step, ctx))
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [tried, setTried] = useState(false)
  const [serverFields, setServerFields] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const intent = useRef(new Intent())
  const today = dayjs().format('YYYY-MM-DD')
  const errors = useMemo(() => validate(step, ctx, values, today), [step, ctx, values, today])
  const fields = spec.fields(ctx, values)
  const hint = typeof spec.hint === 'function' ? spec.hint(ctx) : spec.hint

  const messageOf = (path: string) => serverFields[path] || (tried || touched[rootOf(path)] ? (errors[path] ?? '') : '')
  const set = (key: string) => (next: Values[string]) => {
    setValues((v) => ({ ...v, [key]: next }))
    setTouched((t) => ({ ...t, [key]: true }))
    setServerFields((s) => Object.fromEntries(Object.entries(s).filter(([path]) => rootOf(path) !== key)))
  }

  const submit = async () => {
    setTried(true)
    if (Object.keys(errors).length > 0) return
    setBusy(true)
    setFailure(null)
    try {
      const result = await intent.current.send((requestId) => applicationApi.step(step, toInput(fields, values, ctx.detail.id), requestId))
      void Taro.showToast({ title: '已办理', icon: 'success' })
      onDone(result)
    } catch (e) {
      const error = toAppError(e)
      setServerFields(error.fields ?? {})
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={`card step-form step-form--${step}`}>
      <Text className='step-form__title'>{TRANSITIONS[step].label}</Text>
      {hint ? <Text className='hint step-form__hint'>{hint}</Text> : null}
      {fields.map((field) => (
        <StepField key={field.key} field={field} value={values[field.key]} onChange={set(field.key)} messageOf={messageOf} />
      ))}
      {failure ? <ErrorNote error={failure} /> : null}
      <View className='step-form__buttons'>
        <Button type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>
          确认{TRANSITIONS[step].label}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
