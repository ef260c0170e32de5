import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { MeView } from '../../../src/domain/account/me'
import type { ProfileView } from '../../../src/domain/account/profile.schema'
import { DEMO_ACCOUNTS } from '../../../cloudfunctions/local-host/demo-data'
import { callAs, dataOf, errorOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'

const employee1 = DEMO_ACCOUNTS.find((a) => a.account === 'employee1')!
const ID = employee1.employee!.idNumber
const form = { name: '王小梅', idNumber: ID, mobile: '17000000001', unionId: 'u01' }

type NoticePage = { items: { title: string; body: string; id: string }[]; unread: number }

describe('account.bindProfile', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  const bind = (userId: string, data: unknown, requestId = freshRequestId()) => callAs(env, userId, 'account', 'bindProfile', data, requestId)
  const inbox = (userId: string) => callAs(env, userId, 'inbox', 'list').then((e) => dataOf<NoticePage>(e))

  it('binds, shows the profile masked, and notifies the union staff once', async () => {
    const view = dataOf<ProfileView>(await bind('demo-employee1', form))
    expect(view).toMatchObject({
      name: '王小梅',
      idNumberMasked: '130***********0227',
      mobileMasked: '170****0001',
      sex: '女',
      birthDate: '1984-03-12',
      union: { id: 'u01', name: '青石机械厂工会' },
    })

    const me = dataOf<MeView>(await callAs(env, 'demo-employee1', 'account', 'me'))
    expect(me.profile).toEqual(view)
    expect(JSON.stringify(me)).not.toContain(ID)

    const staffInbox = await inbox('demo-staff-u01')
    const notice = staffInbox.items.find((n) => n.body.includes('王**'))
    expect(notice).toMatchObject({ title: '新职工绑定', body: '职工王**已绑定到青石机械厂工会，手机170****0001。' })
    // Staff of other unions hear nothing.
    expect((await inbox('demo-staff-u02')).items.some((n) => n.body.includes('王**'))).toBe(false)
  })

  it('answers a retry with the first answer and writes nothing twice, even after a restart', async () => {
    const requestId = freshRequestId()
    const first = await bind('demo-employee1', form, requestId)
    const again = await bind('demo-employee1', form, requestId)
    await env.reopen()
    const afterRestart = await bind('demo-employee1', form, requestId)
    expect(again).toEqual(first)
    expect(afterRestart).toEqual(first)
    expect(dataOf<ProfileView>(afterRestart).version).toBe(1)
    expect((await inbox('demo-staff-u01')).items.filter((n) => n.body.includes('王**'))).toHaveLength(1)
    expect(await env.deps.store.count('audit', [{ field: 'targetId', op: 'eq', value: 'demo-employee1' }])).toBe(1)
  })

  it('answers two identical requests racing each other once', async () => {
    const requestId = freshRequestId()
    const [a, b] = await Promise.all([bind('demo-employee1', form, requestId), bind('demo-employee1', form, requestId)])
    expect(a).toEqual(b)
    expect((await inbox('demo-staff-u01')).items.filter((n) => n.body.includes('王**'))).toHaveLength(1)
  })

  it('refuses a stale update and accepts one made with the version read', async () => {
    dataOf(await bind('demo-employee1', form))
    const stale = errorOf(await bind('demo-employee1', { ...form, mobile: '17000000009' }))
    expect(stale.code).toBe('CONFLICT')
    const updated = dataOf<ProfileView>(await bind('demo-employee1', { ...form, mobile: '17000000009', expectedVersion: 1 }))
    expect(updated).toMatchObject({ version: 2, mobileMasked: '170****0009' })
    expect(errorOf(await bind('demo-employee1', { ...form, expectedVersion: 1 })).code).toBe('CONFLICT')
  })

  it('refuses an ID number another account has bound, naming the field', async () => {
    const employee2Id = DEMO_ACCOUNTS.find((a) => a.account === 'employee2')!.employee!.idNumber
    const error = errorOf(await bind('demo-employee1', { ...form, idNumber: employee2Id }))
    expect(error).toMatchObject({ code: 'DUPLICATE', fields: { idNumber: '该身份证号已被其他账号绑定' } })
    expect(await env.deps.store.get('profiles', 'demo-employee1')).toBeNull()
  })

  it('names each bad field in Chinese and writes nothing', async () => {
    const error = errorOf(await bind('demo-employee1', { ...form, idNumber: `${ID.slice(0, 17)}9`, mobile: '1234' }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { idNumber: '身份证号校验位不正确', mobile: '手机号码应为11位手机号，以1开头' } })
    expect(await env.deps.store.get('profiles', 'demo-employee1')).toBeNull()
  })

  it('refuses a union that is not a grassroots union', async () => {
    expect(errorOf(await bind('demo-employee1', { ...form, unionId: 'd130306' }))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { unionId: '所属基层工会不存在，请重新选择' },
    })
  })

  it('lets only employees bind, and only signed-in callers at all', async () => {
    expect(errorOf(await bind('demo-staff-u01', form)).code).toBe('FORBIDDEN')
    expect(errorOf(await callAs(env, null, 'account', 'bindProfile', form, freshRequestId())).code).toBe('UNAUTHENTICATED')
    expect(errorOf(await callAs(env, 'no-such-user', 'account', 'me')).code).toBe('UNAUTHENTICATED')
  })

  it('requires a request id for a write', async () => {
    expect(errorOf(await callAs(env, 'demo-employee1', 'account', 'bindProfile', form))).toMatchObject({
      code: 'BAD_REQUEST',
      message: '写操作缺少请求编号（requestId）',
    })
  })

  it('keeps the ID number sealed at rest: no plaintext anywhere in DATA_DIR', async () => {
    dataOf(await bind('demo-employee1', form))
    await env.reopen()
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    const all = files(env.dir)
    expect(all.some((f) => f.endsWith('bangfu.sqlite'))).toBe(true)
    for (const file of all) {
      const bytes = readFileSync(file)
      expect(bytes.includes(Buffer.from(ID))).toBe(false)
      expect(bytes.includes(Buffer.from('17000000001'))).toBe(false)
    }
    const profile = await env.deps.store.get<{ idNumberSealed: string }>('profiles', 'demo-employee1')
    expect(env.deps.keys.open(profile!.idNumberSealed)).toBe(ID)
  })
})

describe('dispatch envelope', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
  })
  afterAll(() => env.close())

  it('names an unknown action', async () => {
    expect(errorOf(await callAs(env, 'demo-employee1', 'account', 'dropTables'))).toEqual({ code: 'UNKNOWN_ACTION', message: '未知的操作：account.dropTables' })
    expect(errorOf(await callAs(env, 'demo-employee1', 'account', 'toString')).code).toBe('UNKNOWN_ACTION')
  })

  it('refuses a request id reused for another action', async () => {
    const requestId = freshRequestId()
    dataOf(await callAs(env, 'demo-employee1', 'inbox', 'markRead', { ids: ['x'] }, requestId))
    expect(errorOf(await callAs(env, 'demo-employee1', 'account', 'bindProfile', form, requestId))).toEqual({
      code: 'BAD_REQUEST',
      message: '请求编号已用于其他操作，请刷新后重试',
    })
    // Request ids are scoped to their caller: another person's identical id is a different request.
    dataOf(await callAs(env, 'demo-staff-u01', 'inbox', 'markRead', { ids: ['x'] }, requestId))
  })
})
