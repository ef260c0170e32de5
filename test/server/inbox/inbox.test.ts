import { submission } from '../application/support/application-form'
import { callAs, dataOf, errorOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'

type NoticePage = { items: { id: string; read: boolean; kind: string }[]; unread: number; nextCursor: string | null }

describe('inbox', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  const list = (userId: string) => callAs(env, userId, 'inbox', 'list').then((e) => dataOf<NoticePage>(e))

  it('lists my notices newest first with the unread count', async () => {
    const page = await list('demo-staff-u01')
    expect(page.items.length).toBe(1)
    expect(page.unread).toBe(1)
    expect(dataOf(await callAs(env, 'demo-staff-u01', 'inbox', 'unreadCount'))).toEqual({ unread: 1 })
    expect((await list('demo-staff-p13')).items).toEqual([])
  })

  it('marks my own notices read, ignores other people’s, and replays a retry', async () => {
    const mine = (await list('demo-staff-u01')).items[0]!
    const theirs = (await list('demo-staff-u02')).items[0]!
    const requestId = freshRequestId()
    expect(dataOf(await callAs(env, 'demo-staff-u01', 'inbox', 'markRead', { ids: [mine.id, theirs.id] }, requestId))).toEqual({ marked: 1 })
    expect(dataOf(await callAs(env, 'demo-staff-u01', 'inbox', 'markRead', { ids: [mine.id, theirs.id] }, requestId))).toEqual({ marked: 1 })
    expect((await list('demo-staff-u01')).unread).toBe(0)
    expect((await list('demo-staff-u02')).unread).toBe(1)
  })

  it('filters by kind and counts the unread of each kind on the first page', async () => {
    dataOf(await callAs(env, 'demo-employee2', 'application', 'submit', submission(), freshRequestId()))
    const all = await callAs(env, 'demo-staff-u01', 'inbox', 'list').then((e) => dataOf<NoticePage & { unreadByKind: Record<string, number> }>(e))
    expect(all.unreadByKind).toEqual({ employeeBound: 1, applicationSubmitted: 1 })
    const submitted = await callAs(env, 'demo-staff-u01', 'inbox', 'list', { kind: 'applicationSubmitted' }).then((e) =>
      dataOf<NoticePage & { items: { kind: string }[] }>(e),
    )
    expect(submitted.items.map((n) => n.kind)).toEqual(['applicationSubmitted'])
    expect(submitted.unread).toBe(2)
    expect(errorOf(await callAs(env, 'demo-staff-u01', 'inbox', 'list', { kind: 'nonsense' })).fields).toEqual({ kind: '消息类别不正确' })
  })

  it('refuses an empty or malformed request with a Chinese message', async () => {
    expect(errorOf(await callAs(env, 'demo-staff-u01', 'inbox', 'markRead', { ids: [] }, freshRequestId()))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { ids: '请至少选择一条消息' },
    })
    expect(errorOf(await callAs(env, 'demo-staff-u01', 'inbox', 'list', { cursor: '!!!' })).message).toBe('翻页参数不正确，请从第一页重新加载')
  })
})
