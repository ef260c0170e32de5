/**
 * One field of the apply form, drawn from its catalogue entry: a text box of
 * the right keyboard, a choice from the union's value list, several choices,
 * or 是/否. The error line is always there, so a message appearing never
 * moves what the thumb is about to tap.
 */
import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { FieldKind, FieldSpec } from '../../../domain/file-form/field-spec'
import type { ResolvedValueLists, ValueList } from '../../../domain/value-lists/value-list'
import { textOf } from './apply-draft'

type Props = { name: string; spec: FieldSpec; lists: ResolvedValueLists; value: unknown; error?: string; onChange: (value: unknown) => void }

type InputType = 'text' | 'number' | 'idcard' | 'digit'

const INPUT: Partial<Record<FieldKind, { type: InputType; placeholder?: string; maxlength?: number }>> = {
  text: { type: 'text', maxlength: 500 },
  'person-name': { type: 'text', maxlength: 20 },
  'id-number': { type: 'idcard', placeholder: '18位身份证号', maxlength: 18 },
  mobile: { type: 'number', placeholder: '11位手机号', maxlength: 11 },
  'postal-code': { type: 'number', placeholder: '6位邮政编码', maxlength: 6 },
  'region-code': { type: 'number', placeholder: '6位行政区划代码', maxlength: 6 },
  'bank-card': { type: 'number', placeholder: '银行卡号', maxlength: 30 },
  money: { type: 'digit', placeholder: '金额（元）', maxlength: 12 },
  integer: { type: 'number', maxlength: 6 },
  decimal: { type: 'digit', maxlength: 10 },
  year: { type: 'number', placeholder: '如 2026', maxlength: 4 },
  date: { type: 'text', placeholder: '如 2020-09-01', maxlength: 10 },
  month: { type: 'text', placeholder: '如 2005-07', maxlength: 7 },
}

/** Lists this short are shown open; longer ones open on a tap. */
const OPEN_LIST_MAX = 8

const labelOf = (list: ValueList, code: unknown) => list.find((item) => item.code === code)

function Chip({ on, label, onTap }: { on: boolean; label: string; onTap: () => void }) {
  return (
    <View className={`chip ${on ? 'chip--on' : ''}`} onClick={onTap}>
      <Text>{label}</Text>
    </View>
  )
}

function ChoiceInput({
  list,
  value,
  multiple,
  max,
  onChange,
}: {
  list: ValueList
  value: unknown
  multiple: boolean
  max?: number
  onChange: (v: unknown) => void
}) {
  const [open, setOpen] = useState(false)
  const chosen: string[] = multiple ? (Array.isArray(value) ? (value as string[]) : []) : textOf(value) ? [textOf(value)] : []
  const tap = (code: string) => {
    if (!multiple) {
      onChange(chosen.includes(code) ? '' : code)
      setOpen(false)
    } else onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code])
  }
  const shown = list.length <= OPEN_LIST_MAX || open
  const summary = chosen.map((c) => labelOf(list, c)?.short ?? labelOf(list, c)?.label ?? c).join('、')
  return (
    <View>
      {list.length > OPEN_LIST_MAX ? (
        <View className='picker-row' onClick={() => setOpen(!open)}>
          <Text className={summary ? '' : 'hint'}>{summary || (multiple ? `请选择（可多选${max ? `，最多${max}项` : ''}）` : '请选择')}</Text>
          <Text className='hint'>{open ? '收起' : '选择 ›'}</Text>
        </View>
      ) : null}
      {shown ? (
        <View className='chips'>
          {list.map((item) => (
            <Chip key={item.code} on={chosen.includes(item.code)} label={item.short ?? item.label} onTap={() => tap(item.code)} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

export function FieldInput({ name, spec, lists, value, error, onChange }: Props) {
  const input = INPUT[spec.kind]
  return (
    <View className={`field field--${name.replace(/\./g, '-')}`}>
      <Text className='field__label'>
        {spec.required ? <Text className='field__required'>*</Text> : null}
        {spec.label}
      </Text>
      {spec.description && spec.kind !== 'choice' ? <Text className='hint'>{spec.description}</Text> : null}
      {spec.kind === 'yes-no' ? (
        <View className='chips'>
          <Chip on={value === true} label='是' onTap={() => onChange(value === true ? undefined : true)} />
          <Chip on={value === false} label='否' onTap={() => onChange(value === false ? undefined : false)} />
        </View>
      ) : (spec.kind === 'choice' || spec.kind === 'choices') && spec.list ? (
        <ChoiceInput list={lists[spec.list]} value={value} multiple={spec.kind === 'choices'} max={lists.maxSecondaryCauses} onChange={onChange} />
      ) : (
        <Input
          className={`field__input field__input--${name.replace(/\./g, '-')}`}
          type={input?.type ?? 'text'}
          maxlength={input?.maxlength ?? 100}
          placeholder={input?.placeholder ?? `请填写${spec.label}`}
          value={textOf(value)}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      <Text className='error-text field__error'>{error ?? ''}</Text>
    </View>
  )
}
