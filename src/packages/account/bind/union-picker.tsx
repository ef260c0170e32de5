import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { UnionOption } from '../../../domain/account/me'

type Props = { unions: UnionOption[]; value: string; onChange: (id: string) => void }

/** Grassroots unions grouped under their county, with a name filter for long lists. */
export function UnionPicker({ unions, value, onChange }: Props) {
  const [filter, setFilter] = useState('')
  const byId = new Map(unions.map((u) => [u.id, u]))
  const grassroots = unions.filter((u) => u.level === 'grassroots' && u.name.includes(filter.trim()))
  const groups = new Map<string, UnionOption[]>()
  for (const u of grassroots) {
    const parent = u.parentId ? (byId.get(u.parentId)?.name ?? '') : ''
    groups.set(parent, [...(groups.get(parent) ?? []), u])
  }
  return (
    <View className='union-picker'>
      <Input className='field__input' placeholder='输入单位名称筛选' value={filter} onInput={(e) => setFilter(e.detail.value)} />
      {[...groups.entries()].map(([parent, list]) => (
        <View key={parent} className='union-picker__group'>
          <Text className='hint'>{parent}</Text>
          {list.map((u) => (
            <View key={u.id} className={`union-picker__item ${u.id === value ? 'union-picker__item--on' : ''}`} onClick={() => onChange(u.id)}>
              <Text>{u.name}</Text>
              {u.id === value ? <Text className='union-picker__check'>✓</Text> : null}
            </View>
          ))}
        </View>
      ))}
      {grassroots.length === 0 ? <Text className='hint'>没有找到匹配的基层工会</Text> : null}
    </View>
  )
}
