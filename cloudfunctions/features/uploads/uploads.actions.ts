/**
 * The cloud transport. The phone cannot send 15 MB through callFunction, so it
 * puts the bytes into storage with `wx.cloud.uploadFile({ cloudPath:
 * 'incoming/<uploadId>' })` and then calls `uploads.register { uploadId,
 * purpose, fileId }`. The server reads the bytes through the Files port,
 * accepts them exactly as the local binary route does, and removes the
 * incoming file whatever the outcome. `link` gives a fresh 5-minute link to
 * one's own upload (the register answer is replayed on retry, so it carries
 * no link that could have expired).
 *
 * The cloud bundle leaves sharp external and lists it in the function's
 * package.json (CloudBase installs it; sharp 0.35 needs the Nodejs20.19 runtime).
 */
import { z } from 'zod'
import { AppError } from '../../../src/domain/shared/app-error'
import { incomingPath, registerUploadInput, UPLOAD_LINK_SECONDS, uploadIdField, uploadPurposeField } from '../../../src/domain/upload/upload'
import { defineAction, type ActionContext } from '../../core/action'
import { storeUploadFile } from './accept-upload'
import { findOwnUpload, recordUpload, signedLink, type UploadDoc } from './uploads'

type Registered = Pick<UploadDoc, 'uploadId' | 'purpose' | 'width' | 'height' | 'bytes'>

const registered = (doc: UploadDoc): Registered => ({ uploadId: doc.uploadId, purpose: doc.purpose, width: doc.width, height: doc.height, bytes: doc.bytes })

export async function registerUpload(ctx: ActionContext, input: z.output<ReturnType<typeof registerUploadInput>>): Promise<Registered> {
  const { deps, caller } = ctx
  const meta = { uploadId: input.uploadId, purpose: input.purpose }
  const incoming = incomingPath(input.uploadId)
  try {
    const prior = await findOwnUpload(deps.store, caller.userId, meta)
    if (prior) return await ctx.transact(() => Promise.resolve(registered(prior)))
    const bytes = await deps.files.read(incoming)
    if (!bytes) throw new AppError('NOT_FOUND', '未找到已上传的图片，请重新上传', { fileId: '云存储中没有这个文件' })
    const stored = await storeUploadFile(deps, caller.userId, meta, bytes)
    // The answer recorded for replay is the same short view, never the stored doc.
    return await ctx.transact(async (tx) => registered(await recordUpload(tx, stored)))
  } finally {
    // Accepted or refused, the raw upload (with its EXIF and GPS) must not linger.
    await deps.files.remove(incoming).catch(() => undefined)
  }
}

const linkInput = () => z.object({ uploadId: uploadIdField(), purpose: uploadPurposeField() })

export const uploadActions = {
  register: defineAction({
    summary: '登记已传到云存储的图片（校验、压缩、去除位置信息后保存）',
    kind: 'write',
    allow: 'signedIn',
    input: registerUploadInput,
    run: registerUpload,
  }),
  link: defineAction({
    summary: '本人已上传图片的临时链接（5分钟内有效）',
    kind: 'read',
    allow: 'signedIn',
    input: linkInput,
    run: async (ctx, input) => {
      const doc = await findOwnUpload(ctx.deps.store, ctx.caller.userId, input)
      if (!doc) throw new AppError('NOT_FOUND', '图片不存在或已删除', { uploadId: '图片不存在' })
      const expiresAt = new Date(ctx.deps.clock.now().getTime() + UPLOAD_LINK_SECONDS * 1000).toISOString()
      return { url: await signedLink(ctx.deps, doc), expiresAt }
    },
  }),
}
