/**
 * 签收单照片（可选） on 登记帮扶: one photo, taken or chosen, compressed on the
 * phone and queued for upload at once (components/take-photos.ts), as the
 * papers of an application are (purpose `attachment`: a paper that must
 * stay legible). Its tile shows where it is; tap it to remove it. The entry
 * is recorded only once the photo has arrived (`receiptArrived`).
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../components/nut'
import { PhotoTile, uploadStateOf } from '../../components/photo-tile'
import { takePhotos } from '../../components/take-photos'
import { AppError } from '../../domain/shared/app-error'
import { useOutboxItems } from '../../hooks/use-outbox'
import { appOutbox } from '../../outbox/app-outbox'
import { forgetPhoto, keptPhotoPreview } from '../../outbox/photo-store'

export type ReceiptDraft = { uploadId: string; localPath: string }

/** Sends what is waiting and answers when the receipt is up; otherwise says why it is not, under the field. */
export async function receiptArrived(receipt: ReceiptDraft): Promise<void> {
  const box = appOutbox()
  box.retryNow()
  await box.flush()
  const item = box.list().find((i) => i.id === receipt.uploadId)
  if (!item || item.state === 'done') return
  const field = (message: string) => new AppError('INVALID_INPUT', message, { receiptUploadId: message })
  if (item.state === 'rejected') throw field(`签收单照片无法上传：${item.lastError ?? ''}请删除后重新拍摄`)
  if (item.state === 'stalled') throw new AppError('INTERNAL', `签收单照片上传时${item.lastError ?? '服务暂时出错'}`)
  throw new AppError('NETWORK', '签收单照片还没有上传，请连接网络后再登记')
}

type Props = { receipt: ReceiptDraft | null; message?: string | undefined; onChange: (receipt: ReceiptDraft | null) => void }

export function ReceiptPhoto({ receipt, message, onChange }: Props) {
  const items = useOutboxItems()
  const [busy, setBusy] = useState(false)
  const add = async () => {
    setBusy(true)
    try {
      const [kept] = await takePhotos(1, 'attachment', '签收单照片')
      if (kept) onChange({ uploadId: kept.uploadId, localPath: kept.localPath })
    } catch {
      void Taro.showToast({ title: '照片保存失败，请清理手机存储空间后重试', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const remove = (photo: ReceiptDraft) => {
    void Taro.showModal({ title: '删除这张照片？', content: '删除后需要重新拍照或选择。' }).then(({ confirm }) => {
      if (!confirm) return
      appOutbox().discard(photo.uploadId)
      forgetPhoto(photo.localPath)
      onChange(null)
    })
  }
  const upload = receipt ? uploadStateOf(items, receipt.uploadId) : null
  const error = upload?.error ?? message
  return (
    <View className='card field assist-receipt'>
      <Text className='field__label'>签收单照片（可选）</Text>
      <Text className='hint'>拍摄职工签字的签收单，照片在手机上压缩后上传。</Text>
      {receipt && upload ? (
        <View className='assist-receipt__photos'>
          <PhotoTile className='assist-receipt__photo' src={keptPhotoPreview(receipt.localPath)} upload={upload} onTap={() => remove(receipt)} />
        </View>
      ) : (
        <Button size='small' loading={busy} disabled={busy} className='assist-receipt__add' onClick={() => void add()}>
          拍照或从相册选择
        </Button>
      )}
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}
