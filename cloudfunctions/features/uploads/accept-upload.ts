/**
 * Accepting an image's bytes: re-encode (image.ts, which loads sharp on first
 * use), store at the deterministic private path, record. Only the uploads
 * function and the local host's binary route come here.
 */
import { createHash } from 'node:crypto'
import type { Caller } from '../../../src/domain/account/roles'
import { UPLOAD_LIMITS, type UploadView } from '../../../src/domain/upload/upload'
import { reencodeImage } from './image'
import { findOwnUpload, parseUploadMeta, recordUpload, uploadPath, viewOf, type UploadDeps, type UploadDoc, type UploadMeta } from './uploads'

/** Re-encodes and stores the file; records nothing. Throws (storing nothing) when the bytes are refused. */
export async function storeUploadFile(deps: UploadDeps, ownerId: string, meta: UploadMeta, input: Buffer): Promise<UploadDoc> {
  const image = await reencodeImage(input, UPLOAD_LIMITS[meta.purpose])
  const path = uploadPath(ownerId, meta.uploadId)
  await deps.files.put(path, image.bytes, 'image/jpeg')
  return {
    ownerId,
    uploadId: meta.uploadId,
    purpose: meta.purpose,
    path,
    bytes: image.bytes.length,
    width: image.width,
    height: image.height,
    sha256: createHash('sha256').update(image.bytes).digest('hex'),
    createdAt: deps.clock.now().toISOString(),
  }
}

/**
 * The whole acceptance for a transport that has the bytes in hand.
 * Idempotent per (caller, uploadId): a repeat answers the first result (with a fresh link).
 */
export async function acceptUpload(
  deps: UploadDeps,
  caller: Pick<Caller, 'userId'>,
  input: { uploadId: unknown; purpose: unknown; bytes: Buffer },
): Promise<UploadView> {
  const meta = parseUploadMeta({ uploadId: input.uploadId, purpose: input.purpose })
  const prior = await findOwnUpload(deps.store, caller.userId, meta)
  if (prior) return viewOf(deps, prior)
  const stored = await storeUploadFile(deps, caller.userId, meta, input.bytes)
  const recorded = await deps.store.transaction((tx) => recordUpload(tx, stored))
  return viewOf(deps, recorded)
}
