/**
 * Subscribe messages: only to users with an OPENID and kinds with a template,
 * carrying the title, the time and a fixed hint, never the notice body.
 */
import { parseTemplate, WechatSubscribeNotifier, type SubscribeMessageApi, type Template } from '../../cloudfunctions/adapters/cloudbase/notifier.wechat'
import type { OutgoingMessage } from '../../cloudfunctions/core/ports/notifier.port'

const TEMPLATE_ID = 'tmpl_AbCdEf0123456789-xyz'
const message: OutgoingMessage = {
  id: 'bound:u1:g1:staff1',
  recipientId: 'staff1',
  kind: 'employeeBound',
  title: '新职工绑定',
  body: '职工张*已绑定到第一基层工会，手机138****0000，身份证110101********1234。',
  createdAt: '2026-11-22T02:05:00.000Z',
}

function setup(users: Record<string, { openid?: string }>, templates: Record<string, Template> = { employeeBound: parseTemplate(TEMPLATE_ID) }) {
  const sent: Parameters<SubscribeMessageApi['send']>[0][] = []
  const api: SubscribeMessageApi = { send: async (params) => void sent.push(params) }
  const store = {
    get: async <T>(_c: string, id: string) => (users[id] ? ({ ...users[id], id, version: 1 } as never as T & { id: string; version: number }) : null),
  }
  return { sent, api, notifier: new WechatSubscribeNotifier(api, store, templates) }
}

describe('WeChat subscribe notifier', () => {
  it('sends the title, the China time and a hint to the recipient’s OPENID, and nothing of the body', async () => {
    const { sent, notifier } = setup({ staff1: { openid: 'o-staff1' } })
    expect(await notifier.send(message)).toBe('sent')
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
    expect(await setup({ staff1: { openid: 'o' } }, {}).notifier.send(message)).toBe('skipped')
    expect(await setup({ staff1: {} }).notifier.send(message)).toBe('skipped')
    expect(await setup({}).notifier.send(message)).toBe('skipped')
  })

  it('skips when the user has no subscription left, and lets other failures be retried', async () => {
    const { api, notifier } = setup({ staff1: { openid: 'o' } })
    api.send = () => Promise.reject(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 }))
    expect(await notifier.send(message)).toBe('skipped')
    api.send = () => Promise.reject(Object.assign(new Error('system error'), { errCode: -1 }))
    await expect(notifier.send(message)).rejects.toThrow('system error')
  })

  it('maps the keywords of the chosen template', () => {
    expect(parseTemplate(`${TEMPLATE_ID}:thing4=title, date2=time`)).toEqual({ templateId: TEMPLATE_ID, fields: { thing4: 'title', date2: 'time' } })
    expect(() => parseTemplate(`${TEMPLATE_ID}:thing4=body`)).toThrow(/keyword=/)
    expect(() => parseTemplate('short')).toThrow(/template ID/)
  })
})
