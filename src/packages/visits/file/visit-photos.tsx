/**
 * 走访照片 (1–9): taken or chosen, compressed on the phone and queued for
 * upload at once (components/take-photos.ts); each shows where it is:
 * 待上传 / 上传中 / 失败·重试 / 已上传. Tap a photo to remove it.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MAX_VISIT_PHOTOS } from '../../../domain/visit/visit.schema'
import { Button } from '../../../components/nut'
import { PhotoTile, uploadStateOf } from '../../../components/photo-tile'
import { takePhotos } from '../../../components/take-photos'
import { useOutboxItems } from '../../../hooks/use-outbox'
import { forgetPhoto, keptPhotoPreview } from '../../../outbox/photo-store'
import type { DraftPhoto } from './visit-draft'
import { Field } from './visit-fields'

type Props = { photos: DraftPhoto[]; message?: string; onChange: (photos: DraftPhoto[]) => void }

export function VisitPhotos({ photos, message, onChange }: Props) {
  const items = useOutboxItems()
  const [busy, setBusy] = useState(false)

  const add = async () => {
    setBusy(true)
    try {
      const kept = await takePhotos(MAX_VISIT_PHOTOS - photos.length, 'visitPhoto', '走访照片')
      if (kept.length) onChange([...photos, ...kept.map(({ uploadId, localPath }) => ({ uploadId, localPath }))])
    } catch {
      void Taro.showToast({ title: '照片无法读取，请重新选择', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const remove = (photo: DraftPhoto) => {
    void Taro.showModal({ title: '删除这张照片？', content: '删除后需要重新拍照或选择。' }).then(({ confirm }) => {
      if (!confirm) return
      forgetPhoto(photo.localPath)
      onChange(photos.filter((p) => p.uploadId !== photo.uploadId))
    })
  }
  const refused = photos.map((p) => items.find((i) => i.id === p.uploadId && i.state === 'rejected')?.lastError).find(Boolean)

  return (
    <View className='card'>
      <Field name='photos' label={`走访照片（1至${MAX_VISIT_PHOTOS}张）`} required message={refused ?? message}>
        <Text className='hint'>照片在手机上压缩后上传，没有网络时先保存在手机上。</Text>
        <View className='visit-photos'>
          {photos.map((photo) => {
            const upload = uploadStateOf(items, photo.uploadId)
            return (
              <PhotoTile key={photo.uploadId} className='visit-photo' src={keptPhotoPreview(photo.localPath)} upload={upload} onTap={() => remove(photo)} />
            )
          })}
        </View>
        {photos.length < MAX_VISIT_PHOTOS ? (
          <Button size='small' loading={busy} disabled={busy} className='visit-photos__add' onClick={() => void add()}>
            拍照或从相册选择
          </Button>
        ) : null}
      </Field>
    </View>
  )
}
