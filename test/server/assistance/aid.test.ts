/** Aid and the 帮扶台账: the fund rule, who may record and read, campaigns that record once, reversal, totals in yuan. */
import type { AidEntryView, CampaignResult, Ledger } from '../../../src/domain/assistance/assistance-views'
import { dataOf, errorOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { inbox } from '../application/support/application-form'
import { aid, assist, fileHousehold, HOUSEHOLDS } from './support/households'

const { li, zhang, liu } = HOUSEHOLDS
const CITY = 'demo-staff-c1303'

describe('aid and the ledger', () => {
  let env: TestEnv
  const ids = { li: '', zhang: '', liu: '' }
  beforeAll(async () => {
    env = await makeTestEnv()
    ids.li = await fileHousehold(env, li, '县(区)级')
    ids.zhang = await fileHousehold(env, zhang, '基层级')
    ids.liu = await fileHousehold(env, liu, '市级')
  })
  afterAll(() => env.close())

  it('records aid in yuan, stores fen, and tells the worker', async () => {
    const entry = dataOf<AidEntryView>(await assist(env, li.grassroots, 'record', aid(ids.li, { amount: '300.50', goods: { name: '大米两袋', value: 120 } })))
    expect(entry).toMatchObject({
      id: expect.any(String),
      amount: 300.5,
      goods: { name: '大米两袋', value: 120 },
      total: 420.5,
      fundLevel: '县(区)级',
      handledBy: '孙建平',
    })
    const stored = await env.deps.store.get<{ amountFen: number }>('aid', entry.id)
    expect(stored?.amountFen).toBe(30050)
    expect((await inbox(env, li.userId)).items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'aidRecorded', body: expect.stringContaining('300.50元') })]),
    )
  })

  it('refuses a fund above the file’s level with 409 naming fundLevel and both levels', async () => {
    const error = errorOf(await assist(env, li.grassroots, 'record', aid(ids.li, { fundLevel: '市级' })))
    expect(error).toMatchObject({ code: 'CONFLICT', fields: { fundLevel: '该户为县(区)级档案，只能使用县(区)级及以下的帮扶资金，不能使用市级资金' } })
    expect(errorOf(await assist(env, zhang.grassroots, 'record', aid(ids.zhang, { fundLevel: '县(区)级' }))).fields?.fundLevel).toContain('基层级')
    expect(errorOf(await assist(env, li.grassroots, 'record', aid(ids.li, { fundLevel: '乡级' })))).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { fundLevel: expect.any(String) },
    })
    expect(dataOf<AidEntryView>(await assist(env, li.grassroots, 'record', aid(ids.li, { fundLevel: '基层级', amount: 100 }))).amount).toBe(100)
  })

  it('lets only staff of the owning union or above record', async () => {
    expect(errorOf(await assist(env, 'demo-staff-u02', 'record', aid(ids.li)))).toMatchObject({ code: 'NOT_FOUND' })
    expect(errorOf(await assist(env, 'demo-staff-d130304', 'record', aid(ids.li)))).toMatchObject({ code: 'NOT_FOUND' })
    expect(errorOf(await assist(env, li.helper, 'record', aid(ids.li)))).toMatchObject({ code: 'FORBIDDEN' })
    expect(errorOf(await assist(env, li.userId, 'record', aid(ids.li)))).toMatchObject({ code: 'FORBIDDEN' })
    expect(dataOf<AidEntryView>(await assist(env, CITY, 'record', aid(ids.li, { amount: 50, kind: '医疗救助' }))).kind).toBe('医疗救助')
  })

  it('runs a campaign once: per household recorded or why not, a retry records nothing twice', async () => {
    const campaign = {
      applicationIds: [ids.li, ids.zhang, ids.liu, 'no-such-file'],
      date: '2026-11-22',
      kind: '送温暖',
      amount: 800,
      fundLevel: '基层级',
      project: '元旦春节送温暖',
    }
    const requestId = freshRequestId()
    const first = dataOf<CampaignResult>(await assist(env, CITY, 'campaign', campaign, requestId))
    expect(first.recorded).toEqual([ids.li, ids.zhang, ids.liu])
    expect(first.refused).toEqual([{ applicationId: 'no-such-file', message: '档案不存在或您无权查看' }])
    expect(dataOf<CampaignResult>(await assist(env, CITY, 'campaign', campaign, requestId))).toEqual(first)
    const resent = dataOf<CampaignResult>(await assist(env, CITY, 'campaign', campaign))
    expect(resent.entries).toEqual(first.entries)
    expect(await env.deps.store.count('aid', [{ field: 'campaignId', op: 'eq', value: first.campaignId }])).toBe(3)
    // A county fund for a grassroots file is refused for that household only.
    const county = dataOf<CampaignResult>(await assist(env, CITY, 'campaign', { ...campaign, fundLevel: '县(区)级', applicationIds: [ids.li, ids.zhang] }))
    expect(county.recorded).toEqual([ids.li])
    expect(county.refused).toEqual([{ applicationId: ids.zhang, message: expect.stringContaining('基层级') }])
    // The sibling county cannot reach 李大勇's household.
    const sibling = dataOf<CampaignResult>(await assist(env, liu.county, 'campaign', { ...campaign, applicationIds: [ids.li, ids.liu] }))
    expect(sibling.refused.map((r) => r.applicationId)).toEqual([ids.li])
  })

  it('shows each reader their ledger, with totals by fund level, kind and year in yuan', async () => {
    const own = dataOf<Ledger>(await assist(env, li.userId, 'ledger', {}))
    expect(new Set(own.entries.map((e) => e.applicationId))).toEqual(new Set([ids.li]))
    expect(own.totals).toMatchObject({
      amount: 300.5 + 100 + 50 + 800 + 800,
      byFundLevel: { '县(区)级': 1150.5, 基层级: 900 },
      byKind: { 送温暖: 2000.5, 医疗救助: 50 },
    })
    expect(errorOf(await assist(env, li.userId, 'ledger', { applicationId: ids.zhang }))).toMatchObject({ code: 'NOT_FOUND' })
    expect(dataOf<Ledger>(await assist(env, li.helper, 'ledger', { applicationId: ids.li })).entries).toHaveLength(own.entries.length)
    expect(errorOf(await assist(env, li.helper, 'ledger', { applicationId: ids.liu }))).toMatchObject({ code: 'NOT_FOUND' })
    const county = dataOf<Ledger>(await assist(env, li.county, 'ledger', { year: 2026 }))
    expect(new Set(county.entries.map((e) => e.applicationId))).toEqual(new Set([ids.li, ids.zhang]))
    expect(dataOf<Ledger>(await assist(env, li.county, 'ledger', { year: 2025 })).entries).toEqual([])
  })

  it('corrects by reversal: both entries kept, who and when, totals net', async () => {
    const wrong = dataOf<AidEntryView>(await assist(env, li.grassroots, 'record', aid(ids.li, { amount: 1000, kind: '生活救助' })))
    expect(errorOf(await assist(env, 'demo-staff-u02', 'reverse', { entryId: wrong.id, reason: '金额录错' }))).toMatchObject({ code: 'NOT_FOUND' })
    const { reversed, reversal } = dataOf<{ reversed: AidEntryView; reversal: AidEntryView }>(
      await assist(env, li.grassroots, 'reverse', { entryId: wrong.id, reason: '金额录错' }),
    )
    expect(reversed.reversedBy).toMatchObject({ entryId: reversal.id, name: '孙建平', reason: '金额录错' })
    expect(reversal).toMatchObject({ amount: -1000, reverses: { entryId: wrong.id, reason: '金额录错' } })
    expect(errorOf(await assist(env, li.grassroots, 'reverse', { entryId: wrong.id, reason: '再冲一次' }))).toMatchObject({ code: 'CONFLICT' })
    const ledger = dataOf<Ledger>(await assist(env, li.grassroots, 'ledger', { applicationId: ids.li }))
    expect(ledger.totals.byKind['生活救助']).toBe(0)
    expect(ledger.entries.map((e) => e.id)).toEqual(expect.arrayContaining([wrong.id, reversal.id]))
  })
  it('nets a reversal made in a later year in the year of the entry it reverses', async () => {
    const last = dataOf<AidEntryView>(await assist(env, zhang.grassroots, 'record', aid(ids.zhang, { amount: 640, kind: '生活救助', fundLevel: '基层级' })))
    const before = dataOf<Ledger>(await assist(env, zhang.grassroots, 'ledger', { applicationId: ids.zhang, year: 2026 })).totals
    const now = env.clock.current
    env.clock.current = new Date('2027-01-12T03:00:00Z')
    try {
      const { reversal } = dataOf<{ reversal: AidEntryView }>(await assist(env, zhang.grassroots, 'reverse', { entryId: last.id, reason: '重复登记' }))
      // Dated and recorded when it was made, counted in 2026 where the aid was.
      expect(reversal).toMatchObject({ date: '2027-01-12', year: 2026, amount: -640, recordedBy: { at: '2027-01-12T03:00:00.000Z' } })
      const y2026 = dataOf<Ledger>(await assist(env, zhang.grassroots, 'ledger', { applicationId: ids.zhang, year: 2026 }))
      expect(y2026.entries.map((e) => e.id)).toEqual(expect.arrayContaining([last.id, reversal.id]))
      expect(y2026.totals.amount).toBe(before.amount - 640)
      expect(y2026.totals.byKind['生活救助']).toBe((before.byKind['生活救助'] ?? 0) - 640)
      expect(dataOf<Ledger>(await assist(env, zhang.grassroots, 'ledger', { applicationId: ids.zhang, year: 2027 })).entries).toEqual([])
      const all = dataOf<Ledger>(await assist(env, zhang.county, 'ledger', { applicationId: ids.zhang }))
      expect(all.totals.byYear).not.toHaveProperty('2027')
    } finally {
      env.clock.current = now
    }
  })
})
