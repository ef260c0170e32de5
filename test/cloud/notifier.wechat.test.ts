/**
 * Subscribe messages: only to users with an OPENID and kinds with a template,
 * each spending one of the credits the user's 允许 taps bought (kept in the
 * real SQLite store), carrying the title, the time and a fixed hint, never the notice body.
 */
import { parseTemplate, WechatSubscribeNotifier, type SubscribeMessageApi, type Template } from '../../cloudfunctions/adapters/cloudbase/notifier.wechat'
import type { OutgoingMessage } from '../../cloudfunctions/core/ports/notifier.port'
import { addCredits, creditsOf } from '../../cloudfunctions/core/subscriptions'
import { makeTestEnv, type TestEnv } from '../support/test-deps'

const TEMPLATE_ID = 'tmpl_AbCdEf0123456789-xyz'
const message: OutgoingMessage = {
  id: 'bound:u1:g1:staff1',
  recipientId: 'staff1',
  kind: 'employeeBound',
  title: '新职工绑定',
  body: '职工张*已绑定到第一基层工会，手机138****0000，身份证110101********1234。',
  createdAt: '2026-11-22T02:05:00.000Z',
}

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
})
afterEach(() => env.close())

async function setup(
  users: Record<string, { openid?: string }>,
  templates: Record<string, Template> = { employeeBound: parseTemplate(TEMPLATE_ID) },
  credits = 1,
) {
  const sent: Parameters<SubscribeMessageApi['send']>[0][] = []
  const api: SubscribeMessageApi = { send: async (params) => void sent.push(params) }
  for (const [id, user] of Object.entries(users)) await env.deps.store.insert('users', id, user)
  for (let i = 0; i < credits; i += 1) await env.deps.store.transaction((tx) => addCredits(tx, 'staff1', [TEMPLATE_ID], message.createdAt))
  return { sent, api, notifier: new WechatSubscribeNotifier(api, env.deps.store, templates) }
}

const creditsLeft = () => creditsOf(env.deps.store, 'staff1', TEMPLATE_ID)

describe('WeChat subscribe notifier', () => {
  it('sends the title, the China time and a hint to the recipient’s OPENID, and nothing of the body', async () => {
    const { sent, notifier } = await setup({ staff1: { openid: 'o-staff1' } })
    expect(notifier.templates).toEqual({ employeeBound: TEMPLATE_ID })
    expect(await notifier.send(message)).toBe('sent')
    expect(await creditsLeft()).toBe(0)
    expect(sent).toEqual([
      {
        touser: 'o-staff1',
        templateId: TEMPLATE_ID,
        page: 'pages/inbox/index',
        miniprogramState: 'formal',
        data: { thing1: { value: '新职工绑定' }, time2: { value: '2026年11月22日 10:05' }, thing3: { value: '请进入小程序“消息”查看详情' } },
      },
    ])
    expect(JSON.stringify(sent)).not.toMatch(/手机|身份证|张|138\*/)
  })

  it('skips a kind without a template and a recipient without an OPENID', async () => {
    expect(await (await setup({ staff1: { openid: 'o' } }, {})).notifier.send(message)).toBe('skipped')
    expect(await (await setup({ staff2: {} })).notifier.send({ ...message, recipientId: 'staff2' })).toBe('skipped')
    expect(await (await setup({})).notifier.send({ ...message, recipientId: 'nobody' })).toBe('skipped')
  })

  it('sends one message per credit and skips once they are spent', async () => {
    const { sent, notifier } = await setup({ staff1: { openid: 'o' } }, undefined, 2)
    expect(await creditsLeft()).toBe(2)
    expect(await notifier.send(message)).toBe('sent')
    expect(await notifier.send(message)).toBe('sent')
    expect(await notifier.send(message)).toBe('skipped')
    expect(sent).toHaveLength(2)
    expect(await creditsLeft()).toBe(0)
  })

  it('skips when the user has no subscription left, and lets other failures be retried', async () => {
    const { api, notifier } = await setup({ staff1: { openid: 'o' } }, undefined, 3)
    api.send = () => Promise.reject(Object.assign(new Error('system error'), { errCode: -1 }))
    await expect(notifier.send(message)).rejects.toThrow('system error')
    expect(await creditsLeft()).toBe(3)
    api.send = () => Promise.reject(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 }))
    expect(await notifier.send(message)).toBe('skipped')
    expect(await creditsLeft()).toBe(0)
  })

  it('maps the keywords of the chosen template', () => {
    expect(parseTemplate(`${TEMPLATE_ID}:thing4=title, date2=time`)).toEqual({ templateId: TEMPLATE_ID, fields: { thing4: 'title', date2: 'time' } })
    expect(() => parseTemplate(`${TEMPLATE_ID}:thing4=body`)).toThrow(/keyword=/)
    expect(() => parseTemplate('short')).toThrow(/template ID/)
  })
})
