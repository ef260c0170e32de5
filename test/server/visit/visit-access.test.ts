/** Who sees and writes a household's visits: its helpers, and staff whose subtree holds it; pairing by staff of that subtree only. */
import type { MyHousehold, Pairing, VisitView } from '../../../src/domain/visit/visit-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT, inbox } from '../application/support/application-form'
import { CITY_HELPER, COUNTY, filedCase, GRASSROOTS, HELPER, OTHER_HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

const CITY = 'demo-staff-c1303'
const SIBLINGS = ['demo-staff-u02', 'demo-staff-d130304']

describe('visit access', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
    dataOf(await visitAct(env, HELPER, 'file', visitForm(applicationId, await photos(env, HELPER))))
  })
  afterEach(() => env.close())

  const mine = async (userId: string) => dataOf<{ households: MyHousehold[] }>(await visitAct(env, userId, 'mine')).households
  const list = (userId: string) => visitAct(env, userId, 'list', { applicationId })

  it('shows helpers only the households paired with them, masked', async () => {
    expect(await mine(HELPER)).toEqual([
      expect.objectContaining({
        applicationId,
        name: '李**',
        idNumberMasked: expect.stringMatching(/^130\*+\d{3}[\dX]$/),
        category: '低保边缘户',
        union: { id: 'u01', name: '青石机械厂工会' },
        role: 'primary',
        status: expect.objectContaining({ visitsThisYear: 1, target: 2, lastVisitOn: '2026-11-22' }),
      }),
    ])
    expect(JSON.stringify(await mine(HELPER))).not.toContain('李大勇')
    for (const other of [OTHER_HELPER, CITY_HELPER]) expect(await mine(other)).toEqual([])
  })

  it('lets the household’s helper and the staff above it read its visits, and nobody else', async () => {
    for (const reader of [HELPER, GRASSROOTS, COUNTY, CITY, 'demo-staff-p13']) {
      expect(dataOf<{ visits: VisitView[] }>(await list(reader)).visits).toHaveLength(1)
    }
    for (const stranger of [OTHER_HELPER, CITY_HELPER, ...SIBLINGS]) expect(errorOf(await list(stranger))).toMatchObject({ code: 'NOT_FOUND' })
    expect(errorOf(await list(APPLICANT))).toMatchObject({ code: 'FORBIDDEN' })
    expect(errorOf(await visitAct(env, GRASSROOTS, 'file', visitForm(applicationId, await photos(env, GRASSROOTS))))).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('keeps compliance to the staff member’s subtree', async () => {
    for (const sibling of SIBLINGS) expect(dataOf<{ counts: { files: number } }>(await visitAct(env, sibling, 'compliance', {})).counts.files).toBe(0)
    expect(dataOf<{ counts: { files: number } }>(await visitAct(env, GRASSROOTS, 'compliance', {})).counts.files).toBe(1)
  })

  it('lets staff of the subtree pair and re-pair helpers they may assign, audited, the new helper told', async () => {
    for (const sibling of SIBLINGS)
      expect(errorOf(await visitAct(env, sibling, 'pair', { applicationId, helperId: OTHER_HELPER }))).toMatchObject({ code: 'NOT_FOUND' })
    // The county may not assign the city's cadre; the city may.
    expect(errorOf(await visitAct(env, COUNTY, 'pair', { applicationId, helperId: HELPER, secondHelperId: CITY_HELPER })).fields).toEqual({
      secondHelperId: '帮扶责任人不存在或不属于本工会，请重新选择',
    })
    const paired = dataOf<Pairing>(await visitAct(env, CITY, 'pair', { applicationId, helperId: HELPER, secondHelperId: CITY_HELPER }))
    expect(paired).toMatchObject({ helper: { id: HELPER, name: '林国栋' }, secondHelper: { id: CITY_HELPER, name: '唐永红' } })
    expect(await mine(CITY_HELPER)).toEqual([expect.objectContaining({ applicationId, role: 'second' })])
    expect((await inbox(env, CITY_HELPER)).items.filter((n) => n.kind === 'helperPaired')).toEqual([
      expect.objectContaining({ title: '结对帮扶', body: expect.stringContaining('李**家（档案号130306-2026-00001）结对帮扶') }),
    ])
    expect((await inbox(env, HELPER)).items.some((n) => n.kind === 'helperPaired')).toBe(false)

    // Re-paired to 谢春梅 alone: 林国栋 and 唐永红 lose the household.
    dataOf(await visitAct(env, CITY, 'pair', { applicationId, helperId: OTHER_HELPER }))
    expect(await mine(HELPER)).toEqual([])
    expect(await mine(CITY_HELPER)).toEqual([])
    expect(await mine(OTHER_HELPER)).toHaveLength(1)
    expect(errorOf(await list(HELPER))).toMatchObject({ code: 'NOT_FOUND' })
    const audit = await env.deps.store.find('audit', { where: [{ field: 'targetId', op: 'eq', value: applicationId }], limit: 100 })
    expect(audit.items.filter((a) => (a as unknown as { action: string }).action === 'visit.pair')).toHaveLength(2)
    // The employee's own view names the new helper.
    const [own] = dataOf<{ items: { filed?: { helper: { name: string } } }[] }>(await act(env, APPLICANT, 'mine')).items
    expect(own?.filed?.helper.name).toBe('谢春梅')
  })

  it('offers no way to run the reminder sweep as a caller', async () => {
    for (const anyone of [HELPER, GRASSROOTS, 'demo-admin'])
      expect(errorOf(await visitAct(env, anyone, 'remind', {}))).toMatchObject({ code: 'UNKNOWN_ACTION' })
  })
})
