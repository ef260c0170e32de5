/**
 * A kept photo as a thumbnail with where its upload is (待上传 / 上传中 /
 * 失败·重试 / 需要修改 / 已上传), for the papers of an application and the
 * photos of a visit. `className` names the tile for its page (and its tests);
 * the state is a modifier of both (`paper__photo--done`, `photo-tile--done`).
 */
import { Image, Text, View } from '@tarojs/components'
import { STATE_LABELS, type OutboxItem } from '../outbox/outbox.types'

export type UploadState = { state: string; label: string; error?: string }

/** An upload whose outbox item is gone has arrived (arrived items are trimmed after a while). */
export function uploadStateOf(items: readonly OutboxItem[], uploadId: string): UploadState {
  const item = items.find((i) => i.id === uploadId)
  if (!item || item.state === 'done') return { label: '已上传', state: 'done' }
  return { label: STATE_LABELS[item.state], state: item.state, ...(item.lastError ? { error: item.lastError } : {}) }
}

type Props = { className: string; src: string; upload: UploadState; onTap: () => void }

export function PhotoTile({ className, src, upload, onTap }: Props) {
  return (
    <View className={`photo-tile photo-tile--${upload.state} ${className} ${className}--${upload.state}`} onClick={onTap}>
      <Image className='photo-tile__image' src={src} mode='aspectFill' />
      <Text className='photo-tile__state'>{upload.label}</Text>
    </View>
  )
}
