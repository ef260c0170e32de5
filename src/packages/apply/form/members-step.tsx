/**
 * 家庭成员: add, edit and remove the people registered and living with the
 * worker. Sex, birth date and age are read from the ID number and shown, not
 * typed. Optional columns of the seed's table fold under 更多信息.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MEMBER_FIELDS } from '../../../domain/file-form/member-fields'
import { MAX_MEMBERS } from '../../../domain/file-form/household-member.schema'
import type { FieldErrors } from '../../../domain/shared/app-error'
import { parseIdNumber } from '../../../domain/shared/id-number'
import { modelWorkerTypeRequired, NOT_A_MODEL_WORKER } from '../../../domain/value-lists/person-lists'
import type { ResolvedValueLists } from '../../../domain/value-lists/value-list'
import { Button } from '../../../components/nut'
import { textOf, type Row } from './apply-draft'
import { FieldInput } from './field-input'

type Props = { members: Row[]; lists: ResolvedValueLists; errors: FieldErrors; today: string; onChange: (members: Row[]) => void }

const KEYS = Object.keys(MEMBER_FIELDS) as (keyof typeof MEMBER_FIELDS)[]
const REQUIRED = KEYS.filter((k) => MEMBER_FIELDS[k].required)
const OPTIONAL = KEYS.filter((k) => !MEMBER_FIELDS[k].required)

function MemberCard({
  index,
  member,
  lists,
  errors,
  today,
  onChange,
  onRemove,
}: {
  index: number
  member: Row
  lists: ResolvedValueLists
  errors: FieldErrors
  today: string
  onChange: (member: Row) => void
  onRemove: () => void
}) {
  const [more, setMore] = useState(false)
  const prefix = `form.members.${index}.`
  const facts = parseIdNumber(textOf(member.idNumber), today)
  const field = (key: (typeof KEYS)[number]) => (
    <FieldInput
      key={key}
      name={`members-${index}-${key}`}
      spec={key === 'modelWorkerType' ? { ...MEMBER_FIELDS[key], required: modelWorkerTypeRequired(lists) } : MEMBER_FIELDS[key]}
      lists={lists}
      value={member[key]}
      error={errors[`${prefix}${key}`]}
      onChange={(value) => onChange({ ...member, [key]: value })}
    />
  )
  return (
    <View className='card member'>
      <View className='member__head'>
        <Text className='member__title'>{`家庭成员${index + 1}`}</Text>
        <Text className='member__remove' onClick={onRemove}>
          删除
        </Text>
      </View>
      {REQUIRED.map((key) => (
        <View key={key}>
          {field(key)}
          {key === 'idNumber' && facts.valid ? <Text className='hint field__derived'>{`${facts.sex} · ${facts.birthDate} 出生 · ${facts.age}岁`}</Text> : null}
        </View>
      ))}
      <View className='picker-row' onClick={() => setMore(!more)}>
        <Text>更多信息（选填）</Text>
        <Text className='hint'>{more ? '收起' : '展开 ›'}</Text>
      </View>
      {more ? OPTIONAL.map(field) : null}
    </View>
  )
}

export function MembersStep({ members, lists, errors, today, onChange }: Props) {
  const set = (index: number, member: Row) => onChange(members.map((m, i) => (i === index ? member : m)))
  return (
    <View>
      <Text className='hint'>请填写与您同一户籍、共同生活的家庭成员（不含您本人）。没有可不填。</Text>
      {members.map((member, index) => (
        <MemberCard
          key={index}
          index={index}
          member={member}
          lists={lists}
          errors={errors}
          today={today}
          onChange={(m) => set(index, m)}
          onRemove={() => onChange(members.filter((_, i) => i !== index))}
        />
      ))}
      {errors['form.members'] ? <Text className='error-text'>{errors['form.members']}</Text> : null}
      {members.length < MAX_MEMBERS ? (
        <Button
          block
          className='member__add'
          onClick={() => onChange([...members, { ethnicity: '01', ...(modelWorkerTypeRequired(lists) ? { modelWorkerType: NOT_A_MODEL_WORKER } : {}) }])}
        >
          ＋ 添加家庭成员
        </Button>
      ) : null}
    </View>
  )
}
