/**
 * A missing native image library takes down at most the image step: the
 * built `application` and `visit` bundles neither contain nor load sharp or
 * heic-decode, and answer with both made unloadable; `uploads` falls back to
 * sharp's WebAssembly build when the native one does not load, and says in
 * Chinese (not "network") when neither does. Each bundle runs in a fresh Node
 * whose module loader refuses the named modules, as a container without
 * glibc 2.28 would refuse libvips.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { HealthReport } from '../../cloudfunctions/core/health'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
const DIST = path.join(ROOT, 'dist/cloudfunctions')

/** Loads a bundle with `refused` (a regex source over module requests) failing to load, then calls main without an OPENID. */
async function callRefusing(name: string, refused: string, event: unknown) {
  const script = `
    const Module = require('node:module')
    const load = Module._load
    Module._load = function (request, ...rest) {
      if (new RegExp(${JSON.stringify(refused)}).test(request)) throw Object.assign(new Error('simulated: /lib64/libc.so.6: version GLIBC_2.28 not found'), { code: 'ERR_DLOPEN_FAILED' })
      return load.call(this, request, ...rest)
    }
    const bundle = require(${JSON.stringify(path.join(DIST, name, 'index.js'))})
    const loadedAtStart = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](sharp|heic-decode|@img)[\\\\/]/.test(k))
    bundle.main(${JSON.stringify(event)}, {}).then((answer) => process.stdout.write(JSON.stringify({ answer, loadedAtStart })))`
  const { stdout } = await run(process.execPath, ['--unhandled-rejections=strict', '-e', script], {
    env: { TARO_ENV: undefined, PATH: process.env.PATH ?? '' },
    cwd: ROOT,
  })
  return JSON.parse(stdout) as { answer: { ok: boolean; data?: HealthReport; error?: { code: string; message: string } }; loadedAtStart: string[] }
}

const packageOf = (name: string) => JSON.parse(readFileSync(path.join(DIST, name, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }

beforeAll(async () => {
  if (!Object.keys(FUNCTIONS).every((name) => existsSync(path.join(DIST, name, 'index.js'))))
    await run('npx', ['tsx', 'cloudfunctions/build.ts'], { cwd: ROOT })
}, 60_000)

// Each case starts a Node that loads both SDKs (and, for uploads, sharp): seconds each, more on a busy machine.
jest.setTimeout(90_000)

describe('image libraries load only where images are processed', () => {
  it.each(['application', 'visit', 'account', 'inbox'])('the %s bundle neither contains nor installs sharp or heic-decode', (name) => {
    const code = readFileSync(path.join(DIST, name, 'index.js'), 'utf8')
    expect(code).not.toMatch(/require\("(sharp|heic-decode)"\)/)
    expect(Object.keys(packageOf(name).dependencies).sort()).toEqual(['@cloudbase/node-sdk', 'wx-server-sdk'])
  })

  it('the uploads function installs sharp, heic-decode and sharp’s WebAssembly build', () => {
    expect(packageOf('uploads').dependencies).toMatchObject({
      sharp: expect.any(String),
      'heic-decode': expect.any(String),
      '@img/sharp-wasm32': expect.any(String),
    })
  })

  it.each(['application', 'visit'])('%s loads and answers with sharp and heic-decode unloadable', async (name) => {
    const { answer, loadedAtStart } = await callRefusing(name, '^(sharp|heic-decode)$|^@img/', { action: 'health' })
    expect(loadedAtStart).toEqual([])
    expect(answer).toMatchObject({ ok: true, data: { function: name, sharp: 'notUsed' } })
  })

  it('uploads does not load sharp at start, and falls back to the WebAssembly build when the native one fails', async () => {
    const { answer, loadedAtStart } = await callRefusing('uploads', '^@img/sharp-(linux|linuxmusl|libvips)', { action: 'health' })
    expect(loadedAtStart).toEqual([])
    expect(answer.data?.sharp).toEqual({ loaded: true, build: 'wasm32', version: expect.any(String) })
  })

  it('uploads reports a sharp that cannot load at all, and still answers', async () => {
    const { answer } = await callRefusing('uploads', '^sharp$', { action: 'health' })
    expect(answer.ok).toBe(true)
    expect(answer.data?.sharp).toEqual({ loaded: false, error: expect.stringContaining('GLIBC_2.28') })
  })

  it('uploads loads sharp natively when it can', async () => {
    const { answer } = await callRefusing('uploads', '^$', { action: 'health' })
    expect(answer.data?.sharp).toMatchObject({ loaded: true, build: 'native' })
  })
})
