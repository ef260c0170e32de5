/**
 * 证明材料: a photo per paper, taken or chosen, compressed on the phone, kept
 * there, and put in the outbox at once, so it uploads while the rest of the
 * form is filled in. Each photo shows where it is: 待上传 / 上传中 / 失败·重试 / 已上传.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FieldErrors } from '../../../domain/shared/app-error'
import { Button } from '../../../components/nut'
import { PhotoTile, uploadStateOf } from '../../../components/photo-tile'
import { takePhotos } from '../../../components/take-photos'
import { useOutboxItems } from '../../../hooks/use-outbox'
import { appOutbox } from '../../../outbox/app-outbox'
import { forgetPhoto, keptPhotoPreview } from '../../../outbox/photo-store'
import { papersOfType, type Paper, type PaperKind } from './papers'

type Props = { papers: Paper[]; kinds: readonly PaperKind[]; errors: FieldErrors; onChange: (papers: Paper[]) => void }

export function PapersStep({ papers, kinds, errors, onChange }: Props) {
  const items = useOutboxItems()
  const [busy, setBusy] = useState('')

  const add = async (kind: PaperKind) => {
    setBusy(kind.type)
    try {
      const kept = await takePhotos(kind.max - papersOfType(papers, kind.type).length, 'attachment', `证明材料 · ${kind.title}`)
      onChange([...papers, ...kept.map(({ uploadId, localPath }) => ({ uploadId, type: kind.type, localPath }))])
    } catch {
      // Chosen but not kept (the phone's storage is full): say so rather than lose it quietly.
      void Taro.showToast({ title: '照片保存失败，请清理手机存储空间后重试', icon: 'none' })
    } finally {
      setBusy('')
    }
  }
  const remove = (paper: Paper) => {
    void Taro.showModal({ title: '删除这张照片？', content: '删除后需要重新拍照或选择。' }).then(({ confirm }) => {
      if (!confirm) return
      appOutbox().discard(paper.uploadId)
      forgetPhoto(paper.localPath)
      onChange(papers.filter((p) => p.uploadId !== paper.uploadId))
    })
  }

  return (
    <View>
      <Text className='hint'>请拍摄清晰、完整的原件照片。照片会在手机上压缩后上传，网络不好时会自动重试。</Text>
      {kinds.map((kind) => {
        const mine = papersOfType(papers, kind.type)
        return (
          <View key={kind.type} className={`card paper paper--${kind.type}`}>
            <Text className='paper__title'>
              {kind.min > 0 ? <Text className='field__required'>*</Text> : null}
              {kind.title}
            </Text>
            <Text className='hint'>{kind.hint}</Text>
            <View className='paper__photos'>
              {mine.map((paper) => {
                const src = keptPhotoPreview(paper.localPath) || paper.preview || ''
                return (
                  <PhotoTile
                    key={paper.uploadId}
                    className='paper__photo'
                    src={src}
                    upload={uploadStateOf(items, paper.uploadId)}
                    onTap={() => remove(paper)}
                  />
                )
              })}
            </View>
            {mine
              .map((paper) => uploadStateOf(items, paper.uploadId).error)
              .filter(Boolean)
              .map((message, i) => (
                <Text key={i} className='error-text'>
                  {message}
                </Text>
              ))}
            <Text className='error-text'>{errors[`papers.${kind.type}`] ?? ''}</Text>
            {mine.length < kind.max ? (
              <Button size='small' loading={busy === kind.type} disabled={busy !== ''} onClick={() => void add(kind)}>
                拍照或从相册选择
              </Button>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
