/** Filter the inbox by kind: 全部, and each kind with unread notices (新申请 2, 待审批 1…), plus the one chosen. */
import { Text, View } from '@tarojs/components'
import { NOTICE_KINDS, type NoticeKind } from '../../domain/notice/notice'

type Props = { counts: Partial<Record<NoticeKind, number>>; selected: NoticeKind | undefined; onSelect: (kind: NoticeKind | undefined) => void }

export function KindChips({ counts, selected, onSelect }: Props) {
  const kinds = (Object.keys(NOTICE_KINDS) as NoticeKind[]).filter((k) => (counts[k] ?? 0) > 0 || k === selected)
  if (kinds.length === 0) return null
  return (
    <View className='inbox__kinds'>
      <View className={`chip ${selected === undefined ? 'chip--on' : ''}`} onClick={() => onSelect(undefined)}>
        <Text>全部</Text>
      </View>
      {kinds.map((k) => (
        <View key={k} className={`chip chip--${k} ${selected === k ? 'chip--on' : ''}`} onClick={() => onSelect(k)}>
          <Text>{counts[k] ? `${NOTICE_KINDS[k]} ${counts[k]}` : NOTICE_KINDS[k]}</Text>
        </View>
      ))}
    </View>
  )
}
