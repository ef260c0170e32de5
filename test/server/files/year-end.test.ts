/** The year's close: 认定书 states and the overdue list after 31 December, the exit rate, and the roster reported up (reported → received). */
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { inbox } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER } from '../visit/support/visit-fixtures'
import { CHAIR, evaluation, filesAct } from './support'

type YearEnd = {
  files: { certificate: string; overdue: boolean }[]
  notRechecked: number
  overdue: number
  exitRate: { exits: number; files: number; percent: number; targetPercent: number | null }
}

describe('files.yearEnd, certificates and the roster report', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  it('lists a file without a certified 认定书 as not re-checked, and overdue only after 31 December', async () => {
    const before = dataOf<YearEnd>(await filesAct(env, COUNTY, 'yearEnd', { year: 2026 }))
    expect(before).toMatchObject({ notRechecked: 1, overdue: 0, files: [{ certificate: 'none', overdue: false }] })
    dataOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId, { proposal: '解困', reason: undefined })))
    expect(dataOf<{ items: { status: string; proposal: string }[] }>(await filesAct(env, CHAIR, 'certificates', { year: 2026 })).items).toEqual([
      expect.objectContaining({ status: 'evaluated', proposal: '解困', fileNumber: '130306-2026-00001', name: '李**' }),
    ])
    env.clock.current = new Date('2027-01-01T01:00:00Z')
    const after = dataOf<YearEnd>(await filesAct(env, GRASSROOTS, 'yearEnd', { year: 2026 }))
    expect(after).toMatchObject({ notRechecked: 1, overdue: 1, files: [{ certificate: 'evaluated', overdue: true }] })
    dataOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))
    expect(dataOf<YearEnd>(await filesAct(env, GRASSROOTS, 'yearEnd', { year: 2026 }))).toMatchObject({ notRechecked: 0, overdue: 0 })
  })

  it('counts a 脱困 exit in the exit rate and reports the roster up to the county, which receives it', async () => {
    dataOf(await filesAct(env, GRASSROOTS, 'evaluate', evaluation(applicationId)))
    dataOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))
    const rate = dataOf<YearEnd>(await filesAct(env, COUNTY, 'yearEnd', { year: 2026 })).exitRate
    expect(rate).toEqual({ exits: 1, files: 1, percent: 100, targetPercent: null })

    expect(errorOf(await filesAct(env, COUNTY, 'reportRoster', { unionId: 'u01', year: 2026 })).code).toBe('FORBIDDEN')
    const reported = dataOf<{ status: string; exits: number }>(await filesAct(env, GRASSROOTS, 'reportRoster', { unionId: 'u01', year: 2026 }))
    expect(reported).toMatchObject({ status: 'reported', exits: 1, statusLabel: '已上报' })
    expect((await inbox(env, COUNTY)).items.filter((n) => n.kind === 'rosterReported').map((n) => n.body)).toEqual([
      '青石机械厂工会上报了2026年困难职工解困脱困花名册（脱困1户），请查收。',
    ])
    const reports = dataOf<{ items: { unionName: string; statusLabel: string }[] }>(await filesAct(env, COUNTY, 'rosterReports', { year: 2026 }))
    expect(reports.items).toEqual([expect.objectContaining({ unionName: '青石机械厂工会', statusLabel: '已上报' })])
    expect(dataOf<{ items: unknown[] }>(await filesAct(env, GRASSROOTS, 'rosterReports', { year: 2026 })).items).toEqual([])
    expect(errorOf(await filesAct(env, GRASSROOTS, 'receiveRoster', { unionId: 'u01', year: 2026 })).code).toBe('NOT_FOUND')
    dataOf(await filesAct(env, COUNTY, 'receiveRoster', { unionId: 'u01', year: 2026 }))
    expect(dataOf<{ report: { statusLabel: string } }>(await filesAct(env, COUNTY, 'roster', { unionId: 'u01', year: 2026 })).report.statusLabel).toBe(
      '上级已接收',
    )
  })
})
