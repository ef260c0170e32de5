/** 走访记录 in pages: the latest 20 in the order they happened, the total, and the earlier ones behind a cursor. */
import type { VisitView } from '../../../src/domain/visit/visit-views'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { COUNTY, filedCase, HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

type VisitList = { visits: VisitView[]; total: number; nextCursor: string | null }

describe('visit.list', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('shows the latest 20 visits in order with the total, and the earlier ones page by page, every photo linked', async () => {
    const applicationId = await filedCase(env)
    const first = dataOf<{ id: string }>(await visitAct(env, HELPER, 'file', visitForm(applicationId, await photos(env, HELPER, 2))))
    const stored = (await env.deps.store.get<Record<string, unknown>>('visits', first.id))!
    const { id: _id, version: _version, ...body } = stored
    // 24 earlier visits, copies of the real one (sealed texts and photos included), one a day in October.
    for (let day = 1; day <= 24; day += 1) {
      await env.deps.store.insert('visits', `v-earlier-${day}`, { ...body, happenedAt: `2026-10-${String(day).padStart(2, '0')} 09:00` })
    }
    const page = dataOf<VisitList>(await visitAct(env, COUNTY, 'list', { applicationId }))
    expect(page.total).toBe(25)
    expect(page.visits.map((v) => v.happenedAt)).toEqual([
      ...Array.from({ length: 19 }, (_, i) => `2026-10-${String(i + 6).padStart(2, '0')} 09:00`),
      '2026-11-22 10:00',
    ])
    expect(page.visits.every((v) => v.photos.length === 2 && v.photos.every((p) => p.url.startsWith('/files/')))).toBe(true)
    expect(page.visits[0]?.situation).toBe('妻子住院治疗，孩子上初中，家中收入仍靠本人工资')
    const earlier = dataOf<VisitList>(await visitAct(env, COUNTY, 'list', { applicationId, cursor: page.nextCursor }))
    expect(earlier.visits.map((v) => v.happenedAt)).toEqual([
      '2026-10-01 09:00',
      '2026-10-02 09:00',
      '2026-10-03 09:00',
      '2026-10-04 09:00',
      '2026-10-05 09:00',
    ])
    expect(earlier.nextCursor).toBeNull()
  })
})
