/**
 * WeChat build: the kept photo goes to cloud storage at `incoming/<uploadId>`
 * (the only place the storage rule lets a signed-in user write), then
 * `uploads.register` has the server check, re-encode and keep it. Both steps
 * repeat safely: the same path is overwritten, the same id is answered once.
 */
import Taro from '@tarojs/taro'
import { incomingPath } from '../domain/upload/upload'
import { networkError } from '../api/envelope'
import { send } from '../api/transport'
import type { UploadStep } from './outbox.types'

export async function uploadPhoto(step: UploadStep): Promise<void> {
  if (!Taro.cloud) throw networkError()
  let fileId: string
  try {
    fileId = (await Taro.cloud.uploadFile({ cloudPath: incomingPath(step.uploadId), filePath: step.localPath })).fileID
  } catch {
    throw networkError()
  }
  await send({ fn: 'uploads', action: 'register', data: { uploadId: step.uploadId, purpose: step.purpose, fileId }, requestId: `up-${step.uploadId}` })
}
