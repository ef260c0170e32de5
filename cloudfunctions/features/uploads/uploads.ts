/**
 * Accepting an uploaded image, whatever carried it (the local host's binary
 * route, or CloudBase storage + the `register` action):
 *   already accepted under this upload id? → the first answer, nothing redone;
 *   else re-encode (image.ts) → store at the deterministic private path
 *   `uploads/<ownerId>/<uploadId>.jpg` → record the `uploads` doc.
 * The doc is written only after the file is stored, so a doc always points at
 * a file; a crash in between leaves a file that the retry overwrites. A
 * refused upload stores and records nothing.
 */
import { createHash } from 'node:crypto'
import type { Caller } from '../../../src/domain/account/roles'
import { AppError, invalidInput } from '../../../src/domain/shared/app-error'
import { UPLOAD_LIMITS, UPLOAD_LINK_SECONDS, uploadMetaInput, type UploadPurpose, type UploadView } from '../../../src/domain/upload/upload'
import type { Deps } from '../../core/deps'
import type { Doc, DocOps, Store } from '../../core/ports/store.port'
import { reencodeImage } from './image'

export type UploadDeps = Pick<Deps, 'store' | 'files' | 'clock'>

export type UploadDoc = {
  ownerId: string
  uploadId: string
  purpose: UploadPurpose
  path: string
  /** Size of the stored JPEG. */
  bytes: number
  width: number
  height: number
  /** Of the stored bytes. */
  sha256: string
  createdAt: string
}

export const uploadPath = (ownerId: string, uploadId: string) => `uploads/${ownerId}/${uploadId}.jpg`
export const uploadDocId = (ownerId: string, uploadId: string) => `${ownerId}:${uploadId}`

/** A short-lived link to a stored upload (5 minutes). */
export function signedLink(deps: Pick<Deps, 'files'>, upload: Pick<UploadDoc, 'path'>): Promise<string> {
  return deps.files.signedUrl(upload.path, UPLOAD_LINK_SECONDS)
}

/** Short-lived links to many stored uploads, in their order, in as few round trips as the storage allows. */
export function signedLinks(deps: Pick<Deps, 'files'>, uploads: readonly Pick<UploadDoc, 'path'>[]): Promise<string[]> {
  return deps.files.signedUrls(
    uploads.map((u) => u.path),
    UPLOAD_LINK_SECONDS,
  )
}

export async function viewOf(deps: Pick<Deps, 'files'>, doc: UploadDoc): Promise<UploadView> {
  return { uploadId: doc.uploadId, purpose: doc.purpose, width: doc.width, height: doc.height, bytes: doc.bytes, url: await signedLink(deps, doc) }
}

export type UploadMeta = { uploadId: string; purpose: UploadPurpose }

/** Validates the client's upload id and purpose (the same zod schema the phone uses). */
export function parseUploadMeta(raw: unknown): UploadMeta {
  const parsed = uploadMetaInput().safeParse(raw)
  if (!parsed.success) throw invalidInput(parsed.error)
  return parsed.data
}

/** The caller's earlier upload under this id, if any; an id reused for the other purpose is refused. */
export async function findOwnUpload(store: Pick<DocOps, 'get'>, ownerId: string, meta: UploadMeta): Promise<Doc<UploadDoc> | null> {
  const found = await store.get<UploadDoc>('uploads', uploadDocId(ownerId, meta.uploadId))
  if (found && found.purpose !== meta.purpose) throw new AppError('BAD_REQUEST', '上传编号已用于其他用途，请重新选择图片上传', { uploadId: '上传编号已被使用' })
  return found
}

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

/** Records a stored upload; when a concurrent twin recorded it first, that first record wins. */
export async function recordUpload(ops: DocOps, doc: UploadDoc): Promise<UploadDoc> {
  const id = uploadDocId(doc.ownerId, doc.uploadId)
  return (await ops.get<UploadDoc>('uploads', id)) ?? ops.insert('uploads', id, doc)
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

/**
 * For the records that reference uploads (visits, applications): every id is
 * an upload of the caller's own, of the expected purpose. Refuses naming the
 * field (`photos.1`), without saying whether someone else's upload exists.
 */
export async function assertOwnUploads(
  store: Pick<Store, 'get'>,
  userId: string,
  uploadIds: readonly string[],
  opts: { field: string | ((index: number) => string); label: string | ((index: number) => string); purpose?: UploadPurpose },
): Promise<UploadDoc[]> {
  const docs: UploadDoc[] = []
  const fields: Record<string, string> = {}
  const fieldOf = (i: number) => (typeof opts.field === 'function' ? opts.field(i) : `${opts.field}.${i}`)
  const labelOf = (i: number) => (typeof opts.label === 'function' ? opts.label(i) : opts.label)
  for (const [i, uploadId] of uploadIds.entries()) {
    const doc = await store.get<UploadDoc>('uploads', uploadDocId(userId, uploadId))
    if (!doc || doc.ownerId !== userId || (opts.purpose && doc.purpose !== opts.purpose)) fields[fieldOf(i)] = `${labelOf(i)}未上传或不属于您，请重新上传`
    else docs.push(doc)
  }
  const messages = Object.values(fields)
  if (messages.length) {
    const first = messages[0] ?? ''
    throw new AppError('INVALID_INPUT', messages.length > 1 ? `${first}（共${messages.length}处需要修改）` : first, fields)
  }
  return docs
}
