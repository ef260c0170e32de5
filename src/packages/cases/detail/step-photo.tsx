/**
 * A photo a step keeps (the 民主评议 minutes): taken or chosen, compressed on
 * the phone, uploaded at once as the staff member's own paper upload, and
 * named in the step by its upload id. Staff are at a desk, not in a field:
 * the upload is direct, with its state and any refusal shown in place.
 */
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { newRequestId } from '../../../api/request-id'
import { Button } from '../../../components/nut'
import { pickPhotos } from '../../../components/pick-photos'
import { toAppError } from '../../../hooks/use-remote'
import { keepPhoto, keptPhotoPreview } from '../../../outbox/photo-store'
import { uploadPhoto } from '../../../outbox/upload-photo'

type Props = { value: string; onChange: (uploadId: string) => void }

export function StepPhoto({ value, onChange }: Props) {
  const [state, setState] = useState<{ busy: boolean; preview: string; error?: string }>({ busy: false, preview: '' })
  const take = async () => {
    let picked
    try {
      picked = (await pickPhotos(1))[0]
    } catch {
      return // the chooser was cancelled
    }
    if (!picked) return
    setState((s) => ({ ...s, busy: true, error: undefined }))
    try {
      const uploadId = `m${newRequestId()}`.slice(0, 40)
      const { localPath } = await keepPhoto(uploadId, picked.tempPath)
      await uploadPhoto({ type: 'upload', uploadId, purpose: 'attachment', localPath, done: false })
      setState({ busy: false, preview: keptPhotoPreview(localPath) })
      onChange(uploadId)
    } catch (e) {
      setState((s) => ({ ...s, busy: false, error: toAppError(e).message }))
    }
  }
  return (
    <View className='step-photo'>
      {value && state.preview ? <Image className='step-photo__image' src={state.preview} mode='aspectFill' /> : null}
      {value ? <Text className='hint step-photo__done'>已上传</Text> : null}
      {state.error ? <Text className='error-text'>{state.error}</Text> : null}
      <Button size='small' loading={state.busy} disabled={state.busy} onClick={() => void take()}>
        {value ? '重新拍照' : '拍照或从相册选择'}
      </Button>
    </View>
  )
}
