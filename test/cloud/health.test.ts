/**
 * The `health` action of every function: answered to an invocation without
 * an OPENID (the environment's own credentials: deploy:check, 云端测试)
 * before any dependency is built, so it reports an incomplete configuration;
 * from the mini-program only to admins, through dispatch. It names the
 * variables that are set and never shows a value.
 */
import { makeCloudMain } from '../../cloudfunctions/cloud/cloud-main'
import { configFacts } from '../../cloudfunctions/cloud/cloud-settings'
import { userIdForOpenid } from '../../cloudfunctions/core/caller'
import type { HealthReport } from '../../cloudfunctions/core/health'
import { accountActions } from '../../cloudfunctions/features/account/account.actions'
import { makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'

let env: TestEnv
let openid: string | undefined
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
})
afterEach(() => env.close())

const DATA_KEY = Buffer.alloc(32, 7).toString('base64')

describe('health', () => {
  it('answers a call without an OPENID before building any dependency, naming what is set and missing, never a value', async () => {
    let built = 0
    const saved = { ...process.env }
    Object.assign(process.env, { BANGFU_DATA_KEY: DATA_KEY, BANGFU_TEMPLATE_VISIT_DUE: 'TemplateId-0123456789' })
    try {
      openid = undefined
      const main = makeCloudMain('account', accountActions, { deps: () => ((built += 1), env.deps), openid: async () => openid, log: quietLog })
      const answer = await main({ action: 'health' })
      expect(built).toBe(0)
      expect(answer.ok).toBe(true)
      const report = (answer.ok ? answer.data : null) as HealthReport
      expect(report).toMatchObject({ function: 'account', sharp: 'notUsed', runtime: { node: process.version } })
      expect(report.config.present).toEqual(['BANGFU_DATA_KEY', 'BANGFU_TEMPLATE_VISIT_DUE'])
      expect(report.config.missing).toEqual(['BANGFU_HASH_KEY', 'BANGFU_TOKEN_KEY'])
      expect(report.config.complete).toBe(false)
      expect(JSON.stringify(report)).not.toContain(DATA_KEY)
      expect(JSON.stringify(report)).not.toContain('TemplateId-0123456789')
    } finally {
      process.env = saved
    }
  })

  it('says the configuration is complete when every key parses', () => {
    const facts = configFacts({
      TCB_ENV: 'env-1',
      TENCENTCLOUD_SECRETID: 'id',
      TENCENTCLOUD_SECRETKEY: 'secret',
      BANGFU_DATA_KEY: DATA_KEY,
      BANGFU_HASH_KEY: Buffer.alloc(32, 8).toString('hex'),
      BANGFU_TOKEN_KEY: Buffer.alloc(32, 9).toString('base64'),
    })
    expect(facts).toEqual({ present: ['BANGFU_DATA_KEY', 'BANGFU_HASH_KEY', 'BANGFU_TOKEN_KEY'], missing: [], complete: true })
  })

  it('from the mini-program, only an admin gets it', async () => {
    const main = makeCloudMain('account', accountActions, { deps: () => env.deps, openid: async () => openid, log: quietLog })
    openid = 'o-employee'
    expect(await main({ action: 'health' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    openid = 'o-admin'
    await env.deps.store.insert('users', userIdForOpenid(env.deps, 'o-admin'), {
      displayName: '管理员',
      roles: ['admin'],
      openid: 'o-admin',
      createdAt: '2026-11-01T00:00:00.000Z',
    })
    expect(await main({ action: 'health' })).toMatchObject({ ok: true, data: { function: 'account', sharp: 'notUsed' } })
  })
})
