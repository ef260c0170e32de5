/**
 * Browser build: the kept photo's bytes go to the local host's binary route
 * `POST /api/_upload?purpose=&uploadId=`, which re-encodes and stores them.
 */
import { AppError, isErrorBody } from '../domain/shared/app-error'
import { networkError } from '../api/envelope'
import { session } from '../api/session'
import type { UploadStep } from './outbox.types'
import { keptPhotoBytes } from './photo-store'

export async function uploadPhoto(step: UploadStep): Promise<void> {
  const bytes = await keptPhotoBytes(step.localPath)
  if (!bytes) throw new AppError('INVALID_INPUT', '照片已从手机上删除，请重新选择', { [step.uploadId]: '照片已删除' })
  const query = new URLSearchParams({ purpose: step.purpose, uploadId: step.uploadId })
  let res: Response
  try {
    res = await fetch(`/api/_upload?${query.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${session.token()}` },
      body: bytes,
    })
  } catch {
    throw networkError()
  }
  if (res.ok) return
  const body: unknown = await res.json().catch(() => null)
  if (isErrorBody(body)) throw new AppError(body.code, body.message, body.fields)
  throw networkError()
}
