/**
 * The inputs of a step form, one per FieldSpec kind. Each shows its message
 * underneath, always rendered so a message appearing never moves what the
 * user is about to tap.
 */
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { VERIFIED_MONTHS } from '../../../domain/application/steps.schema'
import { StepPhoto } from './step-photo'
import type { FieldSpec, Option, Values } from './step-specs'

type Value = Values[string] | undefined
export type FieldProps = { field: FieldSpec; value: Value; onChange: (next: Values[string]) => void; messageOf: (path: string) => string }

const text = (value: Value) => (typeof value === 'string' ? value : '')
const list = (value: Value) => (Array.isArray(value) ? value : [])
const cls = (path: string) => `field__input field__input--${path.replace(/\./g, '-')}`

function Message({ text: message }: { text: string }) {
  return <Text className='error-text field__error'>{message}</Text>
}

function Chips({ options, on, toggle }: { options: Option[]; on: (v: string) => boolean; toggle: (v: string) => void }) {
  return (
    <View className='chips'>
      {options.map((o) => (
        <View key={o.value} className={`chip ${on(o.value) ? 'chip--on' : ''}`} onClick={() => toggle(o.value)}>
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

function Rows({ field, value, onChange, messageOf }: FieldProps & { field: Extract<FieldSpec, { kind: 'rows' }> }) {
  const rows = list(value)
  const setRow = (i: number, v: string) => onChange(rows.map((r, j) => (j === i ? v : r)))
  return (
    <View>
      {rows.map((row, i) => (
        <View key={i} className='step-row'>
          <View className='step-row__line'>
            <Input className={cls(`${field.key}.${i}`)} value={row} placeholder={field.rowPlaceholder} onInput={(e) => setRow(i, e.detail.value)} />
            {rows.length > field.min ? (
              <Text className='step-row__remove' onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                删除
              </Text>
            ) : null}
          </View>
          <Message text={messageOf(`${field.key}.${i}`)} />
        </View>
      ))}
      <Text className='step-row__add' onClick={() => onChange([...rows, ''])}>
        ＋ {field.addLabel}
      </Text>
    </View>
  )
}

function Months({ field, value, onChange, messageOf }: FieldProps) {
  const months = Array.from({ length: VERIFIED_MONTHS }, (_, i) => list(value)[i] ?? '')
  const firstError = months.map((_, i) => messageOf(`${field.key}.${i}`)).find(Boolean) ?? ''
  return (
    <View>
      <View className='step-months'>
        {months.map((m, i) => (
          <Input
            key={i}
            className={cls(`${field.key}.${i}`)}
            type='digit'
            value={m}
            placeholder={`第${i + 1}月`}
            onInput={(e) => onChange(months.map((x, j) => (j === i ? e.detail.value : x)))}
          />
        ))}
      </View>
      <Message text={firstError} />
    </View>
  )
}

function Control(props: FieldProps) {
  const { field, value, onChange } = props
  switch (field.kind) {
    case 'rows':
      return <Rows {...props} field={field} />
    case 'months':
      return <Months {...props} />
    case 'choice':
      return <Chips options={field.options} on={(v) => value === v} toggle={(v) => onChange(v)} />
    case 'multi': {
      const picked = list(value)
      return (
        <Chips
          options={field.options}
          on={(v) => picked.includes(v)}
          toggle={(v) => onChange(picked.includes(v) ? picked.filter((p) => p !== v) : [...picked, v])}
        />
      )
    }
    case 'photo':
      return <StepPhoto value={text(value)} onChange={onChange} />
    case 'yesno':
      return (
        <Chips
          options={[
            { value: 'yes', label: '是' },
            { value: 'no', label: '否' },
          ]}
          on={(v) => value === v}
          toggle={(v) => onChange(v)}
        />
      )
    case 'switch':
      return <Switch className={cls(field.key)} checked={value === true} color='#c8102e' onChange={(e) => onChange(e.detail.value)} />
    case 'textarea':
      return (
        <Textarea
          className={`${cls(field.key)} field__textarea`}
          value={text(value)}
          placeholder={field.placeholder}
          maxlength={2000}
          onInput={(e) => onChange(e.detail.value)}
        />
      )
    default:
      return (
        <Input
          className={cls(field.key)}
          type={field.kind === 'integer' ? 'number' : 'text'}
          value={text(value)}
          placeholder={field.placeholder}
          onInput={(e) => onChange(e.detail.value)}
        />
      )
  }
}

export function StepField(props: FieldProps) {
  const { field, messageOf } = props
  const own = field.kind === 'months' ? '' : messageOf(field.key)
  return (
    <View className={`field step-field step-field--${field.key.replace(/\./g, '-')}`}>
      <Text className='field__label'>{field.label}</Text>
      <Control {...props} />
      {field.kind === 'rows' && !own ? null : <Message text={own} />}
    </View>
  )
}
