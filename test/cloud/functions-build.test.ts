/**
 * The deployable output: one folder per registered function with index.js,
 * package.json and config.json, no local-only code, and bundles that load
 * and answer in a bare Node process: with no CloudBase environment they say
 * so in Chinese; with one (here the wire-level stand-in) they serve a call.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { COLLECTIONS } from '../../cloudfunctions/core/collections'
import { collectionsTable } from '../../cloudfunctions/core/collections-table'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { FakeCloudbase } from './support/fake-cloudbase'

const run = promisify(execFile)
const ROOT = path.resolve(__dirname, '../..')
const DIST = path.join(ROOT, 'dist/cloudfunctions')
const names = Object.keys(FUNCTIONS).sort()
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
const rootPackage = json(path.join(ROOT, 'package.json')) as { devDependencies: Record<string, string> }

/** Calls a bundle's main in a fresh Node with only the given environment; unhandled rejections are fatal there. */
async function callBundle(name: string, env: Record<string, string>, event: unknown) {
  const script = `require(${JSON.stringify(path.join(DIST, name, 'index.js'))}).main(${JSON.stringify(event)}, {}).then((r) => process.stdout.write(JSON.stringify(r)))`
  const { stdout } = await run(process.execPath, ['--unhandled-rejections=strict', '-e', script], {
    env: { TARO_ENV: undefined, PATH: process.env.PATH ?? '', ...env },
  })
  return JSON.parse(stdout) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } }
}

beforeAll(async () => {
  // `npm test` builds first; a bare `jest test/cloud` builds here.
  if (!names.every((name) => existsSync(path.join(DIST, name, 'index.js')))) await run('npx', ['tsx', 'cloudfunctions/build.ts'], { cwd: ROOT })
}, 60_000)

describe('built cloud functions', () => {
  it('has exactly one folder per registered function', () => {
    expect(readdirSync(DIST).sort()).toEqual(names)
  })

  it.each(names)('%s has index.js exporting main, a package.json pinning the SDKs, and its config.json', (name) => {
    const dir = path.join(DIST, name)
    expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).toMatch(/\bmain\b/)
    expect(json(path.join(dir, 'package.json'))).toMatchObject({
      main: 'index.js',
      dependencies: {
        'wx-server-sdk': rootPackage.devDependencies['wx-server-sdk'],
        '@cloudbase/node-sdk': rootPackage.devDependencies['@cloudbase/node-sdk'],
      },
    })
    expect(json(path.join(dir, 'config.json'))).toMatchObject({ runtime: 'Nodejs20.19', permissions: { openapi: ['subscribeMessage.send'] } })
  })

  it.each(names)('%s carries no local-only code', (name) => {
    const code = readFileSync(path.join(DIST, name, 'index.js'), 'utf8')
    for (const marker of ['dev/sign-in', 'dev/clock', 'DevClock', 'demo-data', 'better-sqlite3']) expect(code).not.toContain(marker)
  })

  it('loads without any CloudBase environment and answers a Chinese configuration error when called', async () => {
    const answer = await callBundle('account', {}, { action: 'me' })
    expect(answer.ok).toBe(false)
    expect(answer.error?.code).toBe('INTERNAL')
    expect(answer.error?.message).toMatch(/^服务配置不完整.*BANGFU_ENV_ID/)
  })

  it('serves a call end to end on the CloudBase SDK, as the OPENID the runtime sets', async () => {
    const fake = await new FakeCloudbase().start()
    try {
      const env = {
        TCB_ENV: 'test-env',
        TENCENTCLOUD: 'true',
        TENCENTCLOUD_SECRETID: 'id',
        TENCENTCLOUD_SECRETKEY: 'key',
        TCB_CONTEXT_CNFG: JSON.stringify({ URL: fake.url }),
        WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
        WX_OPENID: 'o-from-runtime',
        WX_APPID: 'wx-test',
        BANGFU_DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
        BANGFU_HASH_KEY: Buffer.alloc(32, 2).toString('hex'),
        BANGFU_TOKEN_KEY: Buffer.alloc(32, 3).toString('base64'),
      }
      const answer = await callBundle('account', env, { action: 'me', userInfo: { openId: 'o-forged' } })
      expect(answer).toMatchObject({ ok: true, data: { displayName: '微信用户', roles: ['employee'] } })
      const insert = fake.requests.find((r) => r.action === 'database.insertDocument')
      expect(insert).toMatchObject({ collectionName: 'users', transactionId: expect.any(String) as unknown })
      expect((insert?.data as string[])[0]).toContain('"openid":"o-from-runtime"')
      expect(JSON.stringify(fake.requests)).not.toContain('o-forged')
    } finally {
      await fake.close()
    }
  }, 20_000)
})

describe('deployment configuration', () => {
  it('denies clients every collection and storage', () => {
    const rules = json(path.join(ROOT, 'config/database-rules.json')) as { database: Record<string, unknown>; storage: unknown }
    expect(Object.keys(rules.database).sort()).toEqual(Object.keys(COLLECTIONS).sort())
    for (const rule of Object.values(rules.database)) expect(rule).toEqual({ read: false, write: false })
    // The phone may only put new photos under incoming/ (the functions check, re-encode and move them); nobody reads storage directly.
    expect(rules.storage).toEqual({ read: false, write: String.raw`auth != null && /^incoming\//.test(resource.path) == true` })
  })

  it('the README’s deploy step holds the collections and indexes table generated from COLLECTIONS, in both languages', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    // On failure, paste `collectionsTable('zh' | 'en')` (cloudfunctions/core/collections-table.ts) into step 5.
    expect(readme).toContain(collectionsTable('zh'))
    expect(readme).toContain(collectionsTable('en'))
    for (const name of Object.keys(COLLECTIONS)) expect(readme.split('\n').filter((line) => line.startsWith(`| \`${name}\` |`))).toHaveLength(2)
  })

  it('lists every function in cloudbaserc.json with the runtime of its config.json', () => {
    const rc = json(path.join(ROOT, 'config/cloudbaserc.json')) as { functionRoot: string; functions: { name: string; runtime: string }[] }
    expect(rc.functionRoot).toBe('./dist/cloudfunctions')
    expect(rc.functions.map((f) => f.name).sort()).toEqual(names)
    for (const f of rc.functions) expect(f.runtime).toBe(json(path.join(ROOT, 'cloudfunctions/functions', f.name, 'config.json')).runtime)
  })
})
