/** 年度认定: staff and helper fill the 认定书, only the union's chair confirms it; a 脱困 ends the file once, releases the household and lists it in the roster. */
import type { MyApplication } from '../../../src/domain/application/application-views'
import { dataOf, errorOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT, inbox, submission } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER, OTHER_HELPER, visitAct } from '../visit/support/visit-fixtures'
import { CHAIR, evaluation, filesAct, OTHER_CHAIR } from './support'

describe('files.evaluate and files.certify', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  const evaluateBoth = async () => {
    dataOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId)))
    return dataOf<{ evaluators: { as: string }[]; status: string }>(await filesAct(env, GRASSROOTS, 'evaluate', evaluation(applicationId)))
  }

  it('lets the helper and the staff evaluate, then the chair certify 脱困: the file is cancelled and the worker sees why', async () => {
    const cert = await evaluateBoth()
    expect(cert.evaluators.map((e) => e.as)).toEqual(['helper', 'staff'])
    expect(cert.status).toBe('evaluated')
    expect((await inbox(env, CHAIR)).items.filter((n) => n.kind === 'certificateToSign')).toHaveLength(1)

    const certified = dataOf<{ fileStatus: string; certificate: { certified: { chairName: string; date: string } } }>(
      await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }),
    )
    expect(certified.fileStatus).toBe('cancelled')
    expect(certified.certificate.certified).toMatchObject({ chairName: '高振华', date: '2026-11-22' })

    const mine = dataOf<{ items: MyApplication[] }>(await act(env, APPLICANT, 'mine', {})).items[0]
    expect(mine?.file).toEqual({ status: 'cancelled', statusLabel: '已脱困，档案已注销', cancelled: { date: '2026-11-22', reason: '脱困', exited: true } })
    expect((await inbox(env, APPLICANT)).items.filter((n) => n.kind === 'fileCancelled')).toHaveLength(1)
    // The helper's pairing ends: the household leaves their list.
    expect(dataOf<{ households: unknown[] }>(await visitAct(env, HELPER, 'mine', {})).households).toHaveLength(0)
  })

  it('cancels once when certify is retried, with the same request or a new one', async () => {
    await evaluateBoth()
    const requestId = freshRequestId()
    const first = await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }, requestId)
    expect(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }, requestId)).toEqual(first)
    expect(errorOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))).toMatchObject({ code: 'CONFLICT' })
    expect((await inbox(env, APPLICANT)).items.filter((n) => n.kind === 'fileCancelled')).toHaveLength(1)
    expect(errorOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId)))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/已注销/),
    })
  })

  it('lets only the chair of the file’s own union certify', async () => {
    await evaluateBoth()
    for (const user of [GRASSROOTS, COUNTY, HELPER]) expect(errorOf(await filesAct(env, user, 'certify', { applicationId, year: 2026 })).code).toBe('FORBIDDEN')
    expect(errorOf(await filesAct(env, OTHER_CHAIR, 'certify', { applicationId, year: 2026 })).code).toBe('NOT_FOUND')
    expect(errorOf(await filesAct(env, OTHER_HELPER, 'evaluate', evaluation(applicationId))).code).toBe('NOT_FOUND')
  })

  it('refuses a certify before any evaluation, and 脱困 against the engine without a reason', async () => {
    expect(errorOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))).toEqual({
      code: 'CONFLICT',
      message: '2026年度认定书尚未填写，不能认定',
    })
    const noReason = errorOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId, { reason: undefined })))
    expect(noReason.code).toBe('INVALID_INPUT')
    expect(noReason.fields?.reason).toMatch(/认定脱困须写明理由/)
    expect(errorOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId, { proposal: '脱贫' }))).fields).toEqual({
      proposal: '认定建议应为脱困、解困、效果不理想之一',
    })
    dataOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId, { proposal: '效果不理想', reason: undefined, causesRemoved: false })))
  })

  it('keeps the file active on a 解困 certificate', async () => {
    dataOf(await filesAct(env, GRASSROOTS, 'evaluate', evaluation(applicationId, { proposal: '解困', reason: undefined })))
    expect(dataOf<{ fileStatus: string }>(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 })).fileStatus).toBe('active')
    expect(dataOf<{ households: unknown[] }>(await visitAct(env, HELPER, 'mine', {})).households).toHaveLength(1)
  })

  it('releases the household on 脱困 so the family can apply again, and lists the exit in the roster masked', async () => {
    await evaluateBoth()
    dataOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))
    expect(dataOf<{ status: string }>(await act(env, APPLICANT, 'submit', submission())).status).toBe('submitted')

    const roster = dataOf<{ rows: Record<string, unknown>[]; chairName: string; filledBy: string }>(
      await filesAct(env, COUNTY, 'roster', { unionId: 'u01', year: 2026 }),
    )
    expect(roster).toMatchObject({ chairName: '高振华', filledBy: '吴海峰' })
    expect(roster.rows).toEqual([
      expect.objectContaining({
        index: 1,
        fileNumber: '130306-2026-00001',
        name: '李大勇',
        sex: '男',
        category: '低保边缘户',
        helperName: '林国栋',
        exitDate: '2026-11-22',
      }),
    ])
    expect(roster.rows[0]?.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/)
    expect(errorOf(await filesAct(env, 'demo-staff-u02', 'roster', { unionId: 'u01', year: 2026 })).code).toBe('NOT_FOUND')
    expect(dataOf<{ rows: unknown[] }>(await filesAct(env, COUNTY, 'roster', { unionId: 'u01', year: 2025 })).rows).toEqual([])
  })
})
