/**
 * WeChat reminders: the templates a deployment configured are offered with
 * the messages left; each reported 允许 buys one message, once per request
 * (a retry counts nothing twice), only for configured templates; a notice then
 * spends it, and with none left the inbox alone carries the notice.
 */
import { parseTemplate, WechatSubscribeNotifier, type SubscribeMessageApi } from '../../../cloudfunctions/adapters/cloudbase/notifier.wechat'
import { drainOutbox } from '../../../cloudfunctions/core/outbox'
import { submission } from '../application/support/application-form'
import { callAs, dataOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'

const SUBMITTED = 'tmpl_Submitted0123456789'
const STAFF = 'demo-staff-u01'

let env: TestEnv
let sent: string[]
beforeEach(async () => {
  env = await makeTestEnv()
  sent = []
  const api: SubscribeMessageApi = { send: async (p) => void sent.push(`${p.touser}:${p.templateId}`) }
  env.deps.notifier = new WechatSubscribeNotifier(api, env.deps.store, { applicationSubmitted: parseTemplate(SUBMITTED) })
  await env.deps.store.update('users', STAFF, (await env.deps.store.get('users', STAFF))!.version, { openid: 'o-staff-u01' })
})
afterEach(() => env.close())

type Templates = { templates: { kind: string; title: string; templateId: string; credits: number }[] }
const subscriptions = async () => dataOf<Templates>(await callAs(env, STAFF, 'inbox', 'subscriptions'))
const subscribe = async (accepted: string[], requestId = freshRequestId()) =>
  dataOf<Templates>(await callAs(env, STAFF, 'inbox', 'subscribe', { accepted }, requestId))

describe('subscribe-message credits', () => {
  it('offers the configured templates with the messages left', async () => {
    expect(await subscriptions()).toEqual({ templates: [{ kind: 'applicationSubmitted', title: '新申请', templateId: SUBMITTED, credits: 0 }] })
  })

  it('counts each 允许 once per request, and only for templates in use', async () => {
    const requestId = freshRequestId()
    expect((await subscribe([SUBMITTED, 'tmpl_NotOurs000000000'], requestId)).templates[0]?.credits).toBe(1)
    expect((await subscribe([SUBMITTED, 'tmpl_NotOurs000000000'], requestId)).templates[0]?.credits).toBe(1)
    expect((await subscribe([SUBMITTED])).templates[0]?.credits).toBe(2)
  })

  it('a notice spends a credit; without one it stays in the inbox only', async () => {
    await subscribe([SUBMITTED])
    dataOf(await callAs(env, 'demo-employee2', 'application', 'submit', submission(), freshRequestId()))
    await drainOutbox(env.deps)
    expect(sent).toEqual([`o-staff-u01:${SUBMITTED}`])
    expect((await subscriptions()).templates[0]?.credits).toBe(0)
  })
})
