/**
 * Accepting images with real bytes: re-encoded (rotated, resized, EXIF and GPS
 * gone), typed by content not name, refused clearly when they are not images
 * or too big, idempotent per upload id, and nothing stored for a refusal.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { AppError } from '../../../src/domain/shared/app-error'
import { detectImageFormat, UPLOAD_LIMITS } from '../../../src/domain/upload/upload'
import { heicDecodable } from '../../../cloudfunctions/features/uploads/image'
import { acceptUpload } from '../../../cloudfunctions/features/uploads/accept-upload'
import { assertOwnUploads, type UploadDoc } from '../../../cloudfunctions/features/uploads/uploads'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'
import { filesUnder, gpsJpeg12mp, gpsLatitude, png, rotatedJpeg, webp } from './images'

const alice = { userId: 'demo-helper1' }
const bob = { userId: 'demo-helper2' }

let env: TestEnv
let filesDir: string
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
  filesDir = path.join(env.dir, 'files')
})
afterEach(() => env.close())

const stored = (userId: string, uploadId: string) => readFileSync(path.join(filesDir, 'uploads', userId, `${uploadId}.jpg`))
const docOf = (userId: string, uploadId: string) => env.deps.store.get<UploadDoc>('uploads', `${userId}:${uploadId}`)

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

describe('acceptUpload', () => {
  it('re-encodes a 12 MP JPEG carrying GPS: ≤ 1280 px, no EXIF at all, a private file and then its record', async () => {
    const input = await gpsJpeg12mp()
    const before = await sharp(input).metadata()
    expect([before.width, before.height]).toEqual([4000, 3000])
    expect(gpsLatitude(before.exif)).toBeCloseTo(39 + 56 / 60, 5)

    const started = process.hrtime.bigint()
    const view = await acceptUpload(env.deps, alice, { uploadId: 'visit-photo-0001', purpose: 'visitPhoto', bytes: input })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    console.log(
      `12 MP JPEG: ${(input.length / 1024).toFixed(0)} KB in → ${(view.bytes / 1024).toFixed(0)} KB ${view.width}×${view.height} out, ${ms.toFixed(0)} ms server-side`,
    )

    expect(view).toMatchObject({ uploadId: 'visit-photo-0001', purpose: 'visitPhoto', width: 1280, height: 960 })
    expect(view.url).toMatch(/^\/files\/uploads\/demo-helper1\/visit-photo-0001\.jpg\?exp=\d+&sig=[0-9a-f]{32}$/)
    const bytes = stored('demo-helper1', 'visit-photo-0001')
    expect(view.bytes).toBe(bytes.length)
    const after = await sharp(bytes).metadata()
    expect(after).toMatchObject({ format: 'jpeg', width: 1280, height: 960 })
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(bytes.includes('TestPhone')).toBe(false)

    const doc = await docOf('demo-helper1', 'visit-photo-0001')
    expect(doc).toMatchObject({
      ownerId: 'demo-helper1',
      purpose: 'visitPhoto',
      path: 'uploads/demo-helper1/visit-photo-0001.jpg',
      bytes: bytes.length,
      width: 1280,
      height: 960,
      createdAt: '2026-11-22T02:00:00.000Z',
    })
    expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('applies EXIF orientation: a 400×200 image marked "rotate 90°" is stored upright as 200×400', async () => {
    const input = await rotatedJpeg()
    expect(await sharp(input).metadata()).toMatchObject({ width: 400, height: 200, orientation: 6 })
    const view = await acceptUpload(env.deps, alice, { uploadId: 'rotated-01', purpose: 'visitPhoto', bytes: input })
    expect([view.width, view.height]).toEqual([200, 400])
    const after = await sharp(stored('demo-helper1', 'rotated-01')).metadata()
    expect([after.width, after.height, after.orientation]).toEqual([200, 400, undefined])
  })

  it('keeps papers larger (1600 px) than visit photos (1280 px) and never enlarges', async () => {
    const paper = await acceptUpload(env.deps, alice, { uploadId: 'paper-0001', purpose: 'attachment', bytes: await gpsJpeg12mp() })
    expect([paper.width, paper.height]).toEqual([1600, 1200])
    const small = await acceptUpload(env.deps, alice, { uploadId: 'small-0001', purpose: 'attachment', bytes: await webp(300, 500) })
    expect([small.width, small.height]).toEqual([300, 500])
    expect((await sharp(stored('demo-helper1', 'small-0001')).metadata()).format).toBe('jpeg')
  })

  it('types by content: PNG bytes (whatever the phone called the file) are accepted and stored as JPEG', async () => {
    const input = await png(800, 600)
    expect(detectImageFormat(input)).toBe('png')
    const view = await acceptUpload(env.deps, alice, { uploadId: 'png-named-jpg', purpose: 'visitPhoto', bytes: input })
    expect([view.width, view.height]).toEqual([800, 600])
    const after = await sharp(stored('demo-helper1', 'png-named-jpg')).metadata()
    expect(after).toMatchObject({ format: 'jpeg', channels: 3, hasAlpha: false })
  })

  it.each([
    ['a text file', () => Buffer.from('这不是图片，只是一个改名为 photo.jpg 的文本文件\n'), 'INVALID_INPUT', '照片格式不支持，请上传JPG、PNG或WebP图片'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'INVALID_INPUT', '照片格式不支持，请上传JPG、PNG或WebP图片'],
    ['an empty body', () => Buffer.alloc(0), 'INVALID_INPUT', '照片内容为空，请重新选择'],
    [
      'a JPEG header with garbage after it',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]),
      'INVALID_INPUT',
      '照片文件已损坏，无法读取，请重新选择',
    ],
    [
      'oversized bytes',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(UPLOAD_LIMITS.visitPhoto.maxInputBytes)]),
      'PAYLOAD_TOO_LARGE',
      '照片过大（上限15MB），请压缩后重新上传',
    ],
  ])('refuses %s and stores nothing', async (_case, make, code, message) => {
    const error = await refusal(acceptUpload(env.deps, alice, { uploadId: 'refused-0001', purpose: 'visitPhoto', bytes: make() }))
    expect(error.toBody()).toEqual({ code, message, fields: { file: message } })
    expect(filesUnder(filesDir)).toEqual([])
    expect(await docOf('demo-helper1', 'refused-0001')).toBeNull()
  })

  it('refuses absurd dimensions from the header, before decoding (20000×100, and 8000×8000 = 64 MP)', async () => {
    for (const [w, h] of [
      [20000, 100],
      [8000, 8000],
    ] as const) {
      const error = await refusal(acceptUpload(env.deps, alice, { uploadId: `huge-${w}x${h}`, purpose: 'attachment', bytes: await png(w, h) }))
      expect(error.toBody()).toMatchObject({ code: 'INVALID_INPUT', message: '证明材料尺寸过大（最多50百万像素，每边不超过12000像素）' })
    }
    expect(filesUnder(filesDir)).toEqual([])
  })

  it('accepts a real HEIC as phones take it (decoded in WebAssembly), resized, with its EXIF and GPS gone', async () => {
    // test/fixtures/phone-photo-gps.heic: 1600×1200 HEVC-coded HEIF with camera EXIF and a GPS position, made by libheif's heif-enc.
    const heic = readFileSync(path.join(__dirname, '../../fixtures/phone-photo-gps.heic'))
    expect(detectImageFormat(heic)).toBe('heic')
    expect(heicDecodable()).toBe(false) // this sharp cannot: the WebAssembly decoder does it
    const view = await acceptUpload(env.deps, alice, { uploadId: 'iphone-heic-01', purpose: 'visitPhoto', bytes: heic })
    expect(view).toMatchObject({ width: 1280, height: 960 })
    const meta = await sharp(stored(alice.userId, 'iphone-heic-01')).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 1280, height: 960 })
    expect(meta.exif).toBeUndefined()
    expect(stored(alice.userId, 'iphone-heic-01').includes(Buffer.from('TestPhone'))).toBe(false)
  })

  it('refuses a file that only claims to be HEIC, and stores nothing', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(100)])
    expect(detectImageFormat(heic)).toBe('heic')
    const error = await refusal(acceptUpload(env.deps, alice, { uploadId: 'fake-heic-01', purpose: 'visitPhoto', bytes: heic }))
    expect(error.toBody()).toMatchObject({ code: 'INVALID_INPUT', message: '照片文件已损坏，无法读取，请重新选择' })
    expect(filesUnder(filesDir)).toEqual([])
  })

  it('refuses a bad upload id or purpose, naming the field', async () => {
    const bytes = await png(10, 10)
    expect((await refusal(acceptUpload(env.deps, alice, { uploadId: '../../x', purpose: 'visitPhoto', bytes }))).toBody()).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { uploadId: '上传编号应为8至64位字母、数字、-或_' },
    })
    expect((await refusal(acceptUpload(env.deps, alice, { uploadId: 'good-id-01', purpose: 'selfie', bytes }))).fields).toHaveProperty('purpose')
    expect(filesUnder(filesDir)).toEqual([])
  })

  it('is idempotent per caller and upload id: one file, the same answer, no re-processing', async () => {
    const first = await acceptUpload(env.deps, alice, { uploadId: 'retry-me-01', purpose: 'visitPhoto', bytes: await rotatedJpeg() })
    const again = await acceptUpload(env.deps, alice, { uploadId: 'retry-me-01', purpose: 'visitPhoto', bytes: await png(50, 50) })
    expect(again).toEqual(first)
    expect(filesUnder(filesDir)).toEqual(['uploads/demo-helper1/retry-me-01.jpg'])
    expect(await env.deps.store.count('uploads')).toBe(1)

    const other = await acceptUpload(env.deps, bob, { uploadId: 'retry-me-01', purpose: 'visitPhoto', bytes: await png(50, 50) })
    expect([other.width, other.height]).toEqual([50, 50])
    expect(filesUnder(filesDir).sort()).toEqual(['uploads/demo-helper1/retry-me-01.jpg', 'uploads/demo-helper2/retry-me-01.jpg'])

    const reused = await refusal(acceptUpload(env.deps, alice, { uploadId: 'retry-me-01', purpose: 'attachment', bytes: await png(50, 50) }))
    expect(reused.toBody()).toMatchObject({ code: 'BAD_REQUEST', fields: { uploadId: '上传编号已被使用' } })
  })

  it('accepts only the caller’s own uploads as references, naming the field', async () => {
    await acceptUpload(env.deps, alice, { uploadId: 'alice-photo-1', purpose: 'visitPhoto', bytes: await png(20, 20) })
    await acceptUpload(env.deps, bob, { uploadId: 'bob-photo-001', purpose: 'visitPhoto', bytes: await png(20, 20) })
    const opts = { field: 'photos', label: '走访照片', purpose: 'visitPhoto' } as const

    expect((await assertOwnUploads(env.deps.store, 'demo-helper1', ['alice-photo-1'], opts)).map((d) => d.path)).toEqual([
      'uploads/demo-helper1/alice-photo-1.jpg',
    ])
    const error = await refusal(assertOwnUploads(env.deps.store, 'demo-helper1', ['alice-photo-1', 'bob-photo-001', 'never-uploaded'], opts))
    expect(error.toBody()).toEqual({
      code: 'INVALID_INPUT',
      message: '走访照片未上传或不属于您，请重新上传（共2处需要修改）',
      fields: { 'photos.1': '走访照片未上传或不属于您，请重新上传', 'photos.2': '走访照片未上传或不属于您，请重新上传' },
    })
    await expect(assertOwnUploads(env.deps.store, 'demo-helper1', ['alice-photo-1'], { ...opts, purpose: 'attachment' })).rejects.toThrow('未上传或不属于您')
  })
})
