/**
 * The cloud transport's server half: the phone has put the bytes at
 * `incoming/<uploadId>` (here through the local Files port, as
 * wx.cloud.uploadFile would into storage); `uploads.register` accepts them
 * like the binary route, removes the incoming file whatever happens, and
 * replays on retry. Called through `dispatch`, as a cloud entry would.
 */
import path from 'node:path'
import sharp from 'sharp'
import { dispatch } from '../../../cloudfunctions/core/dispatch'
import { uploadActions } from '../../../cloudfunctions/features/uploads/uploads.actions'
import { dataOf, errorOf, freshRequestId, makeTestEnv, quietLog, type TestEnv } from '../../support/test-deps'
import { filesUnder, gpsJpeg12mp, png } from './images'

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv()
})
afterEach(() => env.close())

const call = (userId: string, action: string, data: unknown, requestId?: string) =>
  dispatch('uploads', uploadActions, { action, data, requestId }, { kind: 'user', userId }, env.deps, quietLog)
const fileId = (uploadId: string) => `cloud://test-env.7465-test-env-1300000000/incoming/${uploadId}`
const stored = () => filesUnder(path.join(env.dir, 'files'))

describe('uploads.register (cloud transport)', () => {
  it('accepts what the phone put in storage, removes the incoming file, and replays on retry', async () => {
    await env.deps.files.put('incoming/cloud-photo-01', await gpsJpeg12mp(), 'image/jpeg')
    const requestId = freshRequestId()
    const data = { uploadId: 'cloud-photo-01', purpose: 'visitPhoto', fileId: fileId('cloud-photo-01') }
    const first = dataOf(await call('demo-helper1', 'register', data, requestId))
    expect(first).toMatchObject({ uploadId: 'cloud-photo-01', purpose: 'visitPhoto', width: 1280, height: 960 })
    expect(stored()).toEqual(['uploads/demo-helper1/cloud-photo-01.jpg'])

    expect(dataOf(await call('demo-helper1', 'register', data, requestId))).toEqual(first)
    expect(dataOf(await call('demo-helper1', 'register', data, freshRequestId()))).toEqual(first)

    const link = dataOf<{ url: string; expiresAt: string }>(await call('demo-helper1', 'link', { uploadId: 'cloud-photo-01', purpose: 'visitPhoto' }))
    expect(link.url).toMatch(/^\/files\/uploads\/demo-helper1\/cloud-photo-01\.jpg\?exp=/)
    expect(link.expiresAt).toBe('2026-11-22T02:05:00.000Z')
    const bytes = await env.deps.files.read('uploads/demo-helper1/cloud-photo-01.jpg')
    expect((await sharp(bytes ?? Buffer.alloc(0)).metadata()).exif).toBeUndefined()
  })

  it('refuses a text file, removing it and storing nothing', async () => {
    await env.deps.files.put('incoming/cloud-text-01', Buffer.from('not a photo'), 'image/jpeg')
    const error = errorOf(
      await call('demo-helper1', 'register', { uploadId: 'cloud-text-01', purpose: 'visitPhoto', fileId: fileId('cloud-text-01') }, freshRequestId()),
    )
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: '照片格式不支持，请上传JPG、PNG或WebP图片' })
    expect(stored()).toEqual([])
    expect(await env.deps.store.count('uploads')).toBe(0)
  })

  it('refuses a fileId that is not this upload’s incoming file, and a missing file', async () => {
    await env.deps.files.put('incoming/cloud-png-001', await png(20, 20), 'image/png')
    const wrong = errorOf(
      await call('demo-helper1', 'register', { uploadId: 'cloud-png-001', purpose: 'visitPhoto', fileId: fileId('other-upload') }, freshRequestId()),
    )
    expect(wrong).toMatchObject({ code: 'INVALID_INPUT', fields: { fileId: '文件编号（fileId）应指向本次上传的 incoming/<上传编号>' } })
    const missing = errorOf(
      await call('demo-helper1', 'register', { uploadId: 'never-sent-1', purpose: 'visitPhoto', fileId: fileId('never-sent-1') }, freshRequestId()),
    )
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: '未找到已上传的图片，请重新上传' })
  })

  it('gives links only to one’s own uploads', async () => {
    await env.deps.files.put('incoming/cloud-mine-01', await png(20, 20), 'image/png')
    dataOf(await call('demo-helper1', 'register', { uploadId: 'cloud-mine-01', purpose: 'visitPhoto', fileId: fileId('cloud-mine-01') }, freshRequestId()))
    expect(errorOf(await call('demo-helper2', 'link', { uploadId: 'cloud-mine-01', purpose: 'visitPhoto' }))).toMatchObject({ code: 'NOT_FOUND' })
  })
})
