/**
 * One household, four doors, one answer: the employee's self-check (the page's
 * own function), `npm run -s assess` (a real process), the staff review
 * (`application.detail` through dispatch, SQLite) and the printed 档案表 (the
 * .docx read back) agree on the verdict, the explanation and 家庭月人均收入.
 *
 * The household (Funing 130306, B 550, L 825): three people, 12,600 yuan over
 * six months, 1,000 of it income tax and personal contributions, so a
 * disposable 11,600 (644.44 a month each); the wife's cancer and the son's
 * school are special reasons, 30,000 yuan of 年度必要支出 → criterion 3.
 */
import JSZip from 'jszip'
import { spreadMonthly } from '../../../src/domain/application/household-assessment'
import type { EligibilityResult } from '../../../src/domain/eligibility/eligibility'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { formatYuan } from '../../../src/domain/shared/money'
import { EMPTY_FORM, runSelfCheck } from '../../../src/packages/selfcheck/self-check'
import { declarationRows, workerRows } from '../../../src/packages/cases/detail/form-values'
import { runCli } from '../../cli/run-cli'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, applicationForm, consent, declaration } from './support/application-form'

const DAY = 86_400_000
const TODAY = '2026-11-22'
const OWNER = 'demo-staff-u01'
const COUNTY = 'demo-staff-d130306'

const DECLARATION = {
  ...declaration(),
  ownWagesHalfYear: '6000',
  householdWagesHalfYear: '12600',
  householdIncomeHalfYear: '12600',
  incomeTaxHalfYear: '100',
  pensionContributionHalfYear: '600',
  medicalContributionHalfYear: '200',
  unemploymentContributionHalfYear: '100',
}
const MONTHLY_FEN = spreadMonthly(1_160_000, 6)
const MONTHLY_YUAN = MONTHLY_FEN.map((fen) => formatYuan(fen))
/** What the forms mean (cause-meanings.ts): cancer → 患病; 下岗失业 → 其他; 子女上学; 重特大疾病 → criterion 4 too. */
const SPECIAL = ['illness', 'other', 'schooling'] as const

type Detail = {
  assessment: EligibilityResult
  perCapitaIncomeFen: number
  householdSize: number
  form: Record<string, unknown>
  declaration: Record<string, unknown>
}

async function filedHousehold(env: TestEnv): Promise<{ id: string; detail: Detail }> {
  const { id } = dataOf<{ id: string }>(await act(env, 'demo-employee2', 'submit', { form: applicationForm(), declaration: DECLARATION, consent: consent() }))
  const run = async (userId: string, action: string, data: Record<string, unknown> = {}) =>
    dataOf(await act(env, userId, action, { applicationId: id, ...data }))
  await run(OWNER, 'accept')
  await run(OWNER, 'recordInvestigation', { visitDate: TODAY, investigators: ['孙建平', '何丽娟'], findings: '收入属实' })
  await run(OWNER, 'recordEvaluation', { meetingDate: TODAY, attendance: 9, result: 'agree' })
  env.clock.advance(DAY)
  await run(OWNER, 'startPublicity', { startDate: '2026-11-23' })
  env.clock.advance(5 * DAY)
  await run(OWNER, 'endPublicity')
  await run(COUNTY, 'approve')
  await run(COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: 'demo-helper1' })
  return { id, detail: dataOf<Detail>(await act(env, COUNTY, 'detail', { applicationId: id })) }
}

async function printedText(env: TestEnv, applicationId: string): Promise<string> {
  const { url } = dataOf<{ url: string }>(await act(env, COUNTY, 'print', { applicationId }))
  const bytes = await env.deps.files.read(decodeURIComponent(url.slice('/files/'.length).split('?')[0]!))
  const xml = await (await JSZip.loadAsync(bytes!)).file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

describe('the self-check, the CLI, the staff review and the printout agree on one household', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
  })
  afterAll(() => env.close())

  it('same verdict, same explanation, same 家庭月人均收入', async () => {
    const { id, detail } = await filedHousehold(env)
    const staff = detail.assessment
    expect(staff).toMatchObject({ eligible: true, criterion: 3, category: '低保边缘户', perCapitaMonthlyIncomeFen: 64444 })
    expect(staff.explanation).toContain('扣除年度必要支出30000元后')

    const selfCheck = runSelfCheck(
      {
        ...EMPTY_FORM,
        regionCode: '130306',
        householdSize: '3',
        monthlyIncome: MONTHLY_YUAN,
        specialReasons: [...SPECIAL],
        specialExpensesAnnual: '30000',
        suddenHardship: ['majorIllness'],
        suddenExpensesAnnual: '30000',
        homesOwned: '0',
      },
      TODAY,
    )
    if (!selfCheck.ok) throw new Error(JSON.stringify(selfCheck.fields))
    expect(selfCheck.result).toEqual(staff)

    const cli = runCli(
      'assess.ts',
      [],
      JSON.stringify({
        regionCode: '130306',
        asOf: TODAY,
        householdSize: 3,
        monthlyIncome: MONTHLY_YUAN,
        specialReasons: SPECIAL,
        specialExpensesAnnual: 30000,
        suddenHardship: 'majorIllness',
        suddenExpensesAnnual: 30000,
        homesOwned: 0,
      }),
    )
    expect(cli.status).toBe(0)
    expect(cli.json).toEqual({
      eligible: staff.eligible,
      criterion: staff.criterion,
      category: staff.category,
      perCapitaMonthlyIncome: staff.perCapitaMonthlyIncomeFen / 100,
      reasons: staff.reasons,
      explanation: staff.explanation,
    })

    // The staff view: the summary, the 档案表 rows and the 申报表 rows show one figure.
    const lists = valueListsFor('national')
    expect(detail.perCapitaIncomeFen).toBe(64444)
    const shown = (rows: { label: string; text: string }[], label: string) => rows.find((r) => r.label === label)?.text
    expect(shown(workerRows(detail.form, lists, detail.perCapitaIncomeFen), '家庭月人均收入')).toBe('644.44元')
    expect(shown(declarationRows(detail.declaration, lists, detail.householdSize), '全部家庭成员人均每月收入')).toBe('644.44元')
    expect(shown(declarationRows(detail.declaration, lists, detail.householdSize), '全部家庭成员近6个月可支配收入')).toBe('11600.00元')

    // The printed 档案表 carries the same figure and the same category.
    const printed = await printedText(env, id)
    expect(printed).toContain('644.44元')
    expect(printed).toContain('低保边缘户')
  }, 60_000) // a whole filing, a child process and a .docx: allow for a loaded machine
})
