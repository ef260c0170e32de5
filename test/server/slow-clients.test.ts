/**
 * Slow and idle clients over real sockets, with the host's limits shortened so
 * the test runs in seconds; the shipped defaults are checked by value.
 */
import type { Server } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { MAX_UPLOAD_BYTES } from '../../src/domain/upload/upload'
import { createHost, listen } from '../../cloudfunctions/local-host/server'
import { DEFAULT_TIMEOUTS, type HostTimeouts } from '../../cloudfunctions/local-host/timeouts'
import { makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'

const FAST: HostTimeouts = {
  headersMs: 800,
  requestMs: 60_000,
  keepAliveMs: 400,
  idleMs: 1_200,
  bodyMinBytesPerWindow: 1024,
  bodyWindowMs: 400,
  checkEveryMs: 100,
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Opens a socket and resolves, once it is closed by the server, with how long it stayed open and what it received. */
function open(port: number, talk: (socket: Socket) => void): Promise<{ ms: number; text: string }> {
  return new Promise((resolve) => {
    const started = Date.now()
    let text = ''
    const socket = connect(port, '127.0.0.1', () => talk(socket))
    socket.on('data', (c) => (text += c.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve({ ms: Date.now() - started, text }))
  })
}

/** Writes `bytes` a piece at a time, one piece every `everyMs`, until the socket closes. */
async function trickle(socket: Socket, bytes: Buffer, piece: number, everyMs: number): Promise<void> {
  for (let i = 0; i < bytes.length && !socket.destroyed; i += piece) {
    socket.write(bytes.subarray(i, i + piece))
    await sleep(everyMs)
  }
}

describe('slow and idle clients', () => {
  let env: TestEnv
  let server: Server
  let port: number
  let token: string

  beforeAll(async () => {
    env = await makeTestEnv()
    server = createHost({ deps: env.deps, h5Dir: mkdtempSync(path.join(tmpdir(), 'bangfu-h5-')), tokenHours: 12, log: quietLog, timeouts: FAST })
    port = await listen(server, 0, '127.0.0.1')
    const res = await fetch(`http://127.0.0.1:${port}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ account: 'helper1' }) })
    token = ((await res.json()) as { token: string }).token
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
    await env.close()
  })

  it('ships limits that close a slow or idle connection within 30 s and let 15 MB through at 32 KB/s', () => {
    const t = DEFAULT_TIMEOUTS
    expect(t.headersMs + t.checkEveryMs).toBeLessThanOrEqual(30_000)
    expect(t.idleMs).toBeLessThanOrEqual(30_000)
    expect(t.keepAliveMs).toBeLessThanOrEqual(30_000)
    // A byte a second brings 1 byte per second into a window: closed at the end of the first window, two at most.
    expect(2 * t.bodyWindowMs).toBeLessThanOrEqual(30_000)
    expect(t.bodyMinBytesPerWindow).toBeGreaterThan(2 * (t.bodyWindowMs / 1000))
    // A slow link, 256 kbit/s: well above the minimum rate, and the whole photo fits the request limit.
    const slowLink = 32 * 1024
    expect(t.bodyMinBytesPerWindow / (t.bodyWindowMs / 1000)).toBeLessThan(slowLink / 4)
    expect((MAX_UPLOAD_BYTES / slowLink) * 1000).toBeLessThan(t.requestMs)
  })

  it('closes a connection that sends nothing', async () => {
    const { ms } = await open(port, () => undefined)
    expect(ms).toBeLessThan(FAST.idleMs + 1_000)
  })

  it('closes a connection that sends its headers a byte at a time', async () => {
    const { ms } = await open(port, (s) => void trickle(s, Buffer.from('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(500)), 1, 50))
    expect(ms).toBeLessThan(FAST.headersMs + 1_000)
  })

  it('closes a connection that sends its body a byte at a time', async () => {
    const head = `POST /api/account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n`
    const { ms, text } = await open(port, (s) => {
      s.write(head)
      void trickle(s, Buffer.alloc(5000, 0x20), 1, 50)
    })
    expect(text).toBe('')
    expect(ms).toBeLessThan(2 * FAST.bodyWindowMs + 1_000)
  })

  it('closes a kept-alive connection that asks nothing more', async () => {
    const { ms, text } = await open(port, (s) => s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'))
    expect(text).toMatch(/^HTTP\/1\.1 200/)
    expect(ms).toBeLessThan(Math.max(FAST.keepAliveMs, FAST.idleMs) + 1_000)
  })

  it('takes a real photo of almost 15 MB sent slowly over many windows, longer than every other limit', async () => {
    // Uncompressed PNG noise: a real image the host decodes and re-encodes.
    const [width, height] = [2700, 1900]
    const pixels = Buffer.alloc(width * height * 3)
    for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7919) % 251
    const photo = await sharp(pixels, { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(photo.length).toBeGreaterThan(14 * 1024 * 1024)
    expect(photo.length).toBeLessThanOrEqual(MAX_UPLOAD_BYTES)
    const head = `POST /api/_upload?purpose=visitPhoto&uploadId=slow-link-photo HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${photo.length}\r\nConnection: close\r\n\r\n`
    const started = Date.now()
    const { text } = await open(port, (s) => {
      s.write(head)
      // ~2.6 s in 64 KB pieces every 10 ms: longer than the header, idle and keep-alive limits together.
      void trickle(s, photo, 64 * 1024, 10)
    })
    expect(Date.now() - started).toBeGreaterThan(FAST.headersMs + FAST.idleMs)
    expect(text).toMatch(/^HTTP\/1\.1 200/)
    expect(text).toContain('"uploadId":"slow-link-photo"')
  }, 30_000)
})
