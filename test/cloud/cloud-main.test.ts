/**
 * The cloud entry: who the caller is comes from the WeChat context the
 * runtime sets, never from the event, and every outcome is an Envelope.
 * Runs on the local adapters, with the OPENID reader injected.
 */
import { makeCloudMain } from '../../cloudfunctions/cloud/cloud-main'
import { ConfigError } from '../../cloudfunctions/cloud/cloud-settings'
import { userIdForOpenid } from '../../cloudfunctions/core/caller'
import type { Envelope } from '../../cloudfunctions/core/dispatch'
import { accountActions } from '../../cloudfunctions/features/account/account.actions'
import { makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'

let env: TestEnv
let openid: string | undefined

beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
  openid = 'o-wechat-real'
})
afterEach(() => env.close())

const main = (overrides: Parameters<typeof makeCloudMain>[2] = {}) =>
  makeCloudMain('account', accountActions, { deps: () => env.deps, openid: async () => openid, log: quietLog, ...overrides })

const errorOf = (e: Envelope) => (e.ok ? null : e.error)

describe('makeCloudMain', () => {
  it('takes the caller from the WeChat context and ignores identity fields in the event', async () => {
    const forged = { action: 'me', userInfo: { appId: 'wx1', openId: 'o-attacker' }, openid: 'o-attacker', OPENID: 'o-attacker', userId: 'demo-admin' }
    const answer = await main()(forged, {})
    expect(answer).toMatchObject({ ok: true, data: { roles: ['employee'] } })
    expect(await env.deps.store.get('users', userIdForOpenid(env.deps, 'o-wechat-real'))).toMatchObject({ openid: 'o-wechat-real' })
    expect(await env.deps.store.get('users', userIdForOpenid(env.deps, 'o-attacker'))).toBeNull()
  })

  it('reads the OPENID on every call, since one container serves many users', async () => {
    const fn = main()
    await fn({ action: 'me' })
    openid = 'o-second-user'
    await fn({ action: 'me' })
    expect(await env.deps.store.count('users')).toBe(2)
  })

  it('answers UNAUTHENTICATED when the runtime gives no OPENID, even if the event names one', async () => {
    openid = undefined
    expect(errorOf(await main()({ action: 'me', userInfo: { openId: 'o-attacker' } }))).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' })
    expect(await env.deps.store.count('users')).toBe(0)
  })

  it('runs the timer work only for a timer event without an OPENID, never for a client dressed as one', async () => {
    let runs = 0
    const fn = main({ onTimer: async (_deps, trigger) => ({ swept: (runs += 1), trigger }) })
    const timer = { Type: 'Timer', TriggerName: 'publicitySweep', Time: '2026-11-22T00:00:00Z' }
    expect(await fn(timer)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } }) // a WeChat user sent it
    expect(runs).toBe(0)
    openid = undefined
    expect(await fn(timer)).toEqual({ ok: true, data: { swept: 1, trigger: 'publicitySweep' } })
    expect(await fn({ action: 'me' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('never throws: a bad event, a broken context or missing configuration all become envelopes', async () => {
    expect(errorOf(await main()(null))).toMatchObject({ code: 'BAD_REQUEST' })
    expect(errorOf(await main({ openid: () => Promise.reject(new Error('no context')) })({ action: 'me' }))).toEqual({
      code: 'INTERNAL',
      message: '服务暂时出错，请稍后重试',
    })
    const unconfigured = main({
      deps: () => {
        throw new ConfigError('环境变量 BANGFU_DATA_KEY 缺失')
      },
    })
    const error = errorOf(await unconfigured({ action: 'me' }))
    expect(error?.code).toBe('INTERNAL')
    expect(error?.message).toMatch(/^服务配置不完整.*BANGFU_DATA_KEY/)
  })
})
