import { Text, View } from '@tarojs/components'

type Props<T extends string> = { options: Record<T, string>; value: T[]; onChange: (next: T[]) => void }

/** Multi-select as tappable chips: big targets for a thumb on a small phone. */
export function Chips<T extends string>({ options, value, onChange }: Props<T>) {
  const toggle = (key: T) => onChange(value.includes(key) ? value.filter((v) => v !== key) : [...value, key])
  return (
    <View className='chips'>
      {(Object.keys(options) as T[]).map((key) => (
        <View key={key} className={`chip ${value.includes(key) ? 'chip--on' : ''}`} onClick={() => toggle(key)}>
          <Text>{options[key]}</Text>
        </View>
      ))}
    </View>
  )
}
