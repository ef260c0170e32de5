/** The local host's binary upload route over real HTTP, and the 5-minute signed links it answers with. */
import type { Server } from 'node:http'
import path from 'node:path'
import sharp from 'sharp'
import { createHost, listen } from '../../../cloudfunctions/local-host/server'
import { makeTestEnv, quietLog, type TestEnv } from '../../support/test-deps'
import { filesUnder, gpsJpeg12mp, png } from './images'

describe('POST /api/_upload', () => {
  let env: TestEnv
  let server: Server
  let base: string
  let token: string

  beforeAll(async () => {
    env = await makeTestEnv()
    server = createHost({ deps: env.deps, h5Dir: env.dir, tokenHours: 12, log: quietLog })
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`
    const res = await fetch(`${base}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ account: 'helper1' }) })
    token = ((await res.json()) as { token: string }).token
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await env.close()
  })

  const upload = (query: string, body: Buffer, auth = `Bearer ${token}`) =>
    fetch(`${base}/api/_upload?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: auth },
      body: new Uint8Array(body),
    })
  const stored = () => filesUnder(path.join(env.dir, 'files'))

  it('accepts a 12 MP photo and serves it back through a link that expires after 5 minutes', async () => {
    const res = await upload('purpose=visitPhoto&uploadId=http-photo-01', await gpsJpeg12mp())
    expect(res.status).toBe(200)
    const body = (await res.json()) as { uploadId: string; width: number; height: number; bytes: number; url: string }
    expect(body).toMatchObject({ uploadId: 'http-photo-01', purpose: 'visitPhoto', width: 1280, height: 960, url: expect.stringMatching(/^\/files\//) })

    const file = await fetch(`${base}${body.url}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toBe('private, no-store')
    const bytes = Buffer.from(await file.arrayBuffer())
    expect(bytes.length).toBe(body.bytes)
    const meta = await sharp(bytes).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 1280, height: 960 })
    expect(meta.exif).toBeUndefined()

    env.clock.advance(5 * 60_000 + 1000)
    const expired = await fetch(`${base}${body.url}`)
    expect(expired.status).toBe(404)
    expect(await expired.json()).toMatchObject({ code: 'NOT_FOUND', message: '文件链接已失效，请刷新后重试' })
    expect((await fetch(`${base}${body.url.replace(/sig=\w+/, 'sig=0')}`)).status).toBe(404)
  })

  it('answers a repeat of the same upload id with the first result', async () => {
    const first = (await (await upload('purpose=visitPhoto&uploadId=http-repeat-1', await png(64, 32))).json()) as Record<string, unknown>
    const again = (await (await upload('purpose=visitPhoto&uploadId=http-repeat-1', await png(64, 32))).json()) as Record<string, unknown>
    expect(again).toEqual(first)
    expect(stored().filter((f) => f.includes('http-repeat-1'))).toEqual(['uploads/demo-helper1/http-repeat-1.jpg'])
  })

  it.each([
    [
      'a text file',
      'purpose=visitPhoto&uploadId=http-text-01',
      () => Buffer.from('hello, I am photo.jpg'),
      400,
      'INVALID_INPUT',
      '照片格式不支持，请上传JPG、PNG或WebP图片',
    ],
    [
      'a body over 15 MB',
      'purpose=visitPhoto&uploadId=http-huge-01',
      () => Buffer.alloc(15 * 1024 * 1024 + 1, 0xff),
      413,
      'PAYLOAD_TOO_LARGE',
      '图片过大（上限15MB），请压缩后重新上传',
    ],
    ['a missing upload id', 'purpose=visitPhoto', () => Buffer.from('x'), 400, 'INVALID_INPUT', '上传编号应为文字'],
    [
      'an unknown purpose',
      'purpose=avatar&uploadId=http-purpose',
      () => Buffer.from('x'),
      400,
      'INVALID_INPUT',
      '上传用途应为 attachment（证明材料）或 visitPhoto（走访照片）',
    ],
  ])('refuses %s clearly, stores nothing and keeps serving', async (_case, query, body, status, code, message) => {
    const before = stored()
    const res = await upload(query, body())
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ code, message })
    expect(stored()).toEqual(before)
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })

  it('refuses a caller without a valid token', async () => {
    const res = await upload('purpose=visitPhoto&uploadId=http-anon-01', await png(10, 10), '')
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
    const forged = await upload('purpose=visitPhoto&uploadId=http-anon-01', await png(10, 10), 'Bearer t1.forged.x')
    expect(forged.status).toBe(401)
    expect(stored().some((f) => f.includes('http-anon-01'))).toBe(false)
  })

  it('still serves JSON calls, with their 1 MB limit', async () => {
    const res = await fetch(`${base}/api/account`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ action: 'me' }) })
    expect(res.status).toBe(200)
  })
})
