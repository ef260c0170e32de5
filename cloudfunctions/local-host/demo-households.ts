/**
 * Demo work for `npm start`: a filed household paired with helper1 林国栋
 * (青石区总工会), so a helper signing in has a household to visit and the
 * staff have a file whose visits to follow. 张秀英 (employee3, 青石街道工会联合会
 * u02) applies, the grassroots staff accept, investigate, evaluate and
 * publicise, the county approves and files — each through the real action,
 * so every record, seal and notice is what a user's would be. employee2
 * (李大勇) stays free for the tests and for trying the apply form.
 * Loaded once, on a fresh DATA_DIR, after demo-data.ts; DEMO_HOUSEHOLDS=0 skips it.
 */
import { CONSENT_VERSION } from '../../src/domain/application/consent'
import type { Deps } from '../core/deps'
import { dispatch, type Logger } from '../core/dispatch'
import { chinaDate } from '../core/ports/clock.port'
import { FUNCTIONS } from '../features/registry'
import { DEMO_ACCOUNTS, demoIdNumber } from './demo-data'

const APPLICANT = 'employee3'
const GRASSROOTS = 'demo-staff-u02'
const COUNTY = 'demo-staff-d130306'
const HELPER = 'demo-helper1'

function form(idNumber: string): Record<string, unknown> {
  return {
    ...{ hardshipCategory: 'dibao-edge', fileType: 'urban-worker', filingCriterion: 'edge-special-reason', name: '张秀英', ethnicity: '01' },
    ...{ politicalStatus: 'masses', idNumber, healthStatus: 'good', workStatus: 'laid-off', workStart: '1990-09', modelWorkerType: 'none' },
    ...{ housingType: 'rented', floorArea: '42.5', mobile: '17000000003', postalCode: '066300', industry: 'textile', maritalStatus: 'married' },
    ...{ hukouType: 'non-agricultural', address: '演示省青石区青石街道槐树巷12号', employer: '青石街道社区服务中心', employerType: 'collective' },
    ...{ enterpriseStatus: 'normal', singleParent: false, medicalInsurance: 'employee', monthlyIncome: '1200', otherAnnualIncome: 0 },
    ...{ hukouRegionCode: '130306', canSelfHelp: true, zeroEmployment: false, mainCause: 'serious-illness', secondaryCauses: [] },
    ...{ annualNecessaryExpense: '24000', causeNote: '丈夫患病长期治疗', bankName: '中国农业银行', bankBranch: '青石支行' },
    bankCardNumber: '6228480000000000003',
    // Papers handed in on paper at the union (rows without photos).
    attachments: [
      { type: 'id-card', name: '身份证复印件（正面）', remark: '纸质' },
      { type: 'id-card', name: '身份证复印件（反面）', remark: '纸质' },
      { type: 'household-register', name: '户口簿复印件', remark: '纸质' },
    ],
    members: [
      {
        ...{ name: '王德福', relationship: 'husband', ethnicity: '01', idNumber: demoIdNumber('130306', '1966-04-18', 51), politicalStatus: 'masses' },
        ...{ monthlyIncome: '300', modelWorkerType: 'none', healthStatus: 'cancer', diseaseCategory: 'cancer', medicalInsurance: 'resident' },
        ...{ maritalStatus: 'married', hukouType: 'non-agricultural', identity: 'unemployed', workStatus: 'unemployed' },
      },
    ],
  }
}

const declaration = () => ({
  ...{ year: 2026, ownWagesHalfYear: '5400', householdWagesHalfYear: '5400', ownNonWageIncomeYear: 0, householdNonWageIncomeYear: 0 },
  ...{ householdIncomeHalfYear: '6000', receivesDibao: false, ownedHomes: 0, medicalExpense: '24000' },
})

/** The 解困脱困对象 section as the county union decided it. */
const targeting = (today: string) => ({
  ...{ isTarget: true, decidedOn: today, keyGroups: ['expenditure-hardship'], measures: ['medical-protection', 'social-assistance'] },
  actionPlans: ['medical-mutual-aid', 'one-to-one'],
})

type Step = [at: Date, userId: string, action: string, data: Record<string, unknown>]

/** Files 张秀英's household with 林国栋 as helper. Returns whether it did (false when the data already holds applications). */
export async function loadDemoHouseholds(deps: Deps, log: Logger): Promise<boolean> {
  if ((await deps.store.count('applications')) > 0) return false
  const applicant = DEMO_ACCOUNTS.find((a) => a.account === APPLICANT)
  if (!applicant?.employee) throw new Error(`demo households: ${APPLICANT} is not a demo employee`)
  // Submitted and taken to publicity a month ago (the steps' dates follow each other), ended and filed today.
  const now = deps.clock.now()
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000)
  const then = chinaDate(monthAgo)
  const run = async (at: Date, userId: string, fn: string, action: string, data: unknown): Promise<Record<string, unknown>> => {
    const event = { action, data, requestId: `demo-household-${action}` }
    const result = await dispatch(fn, FUNCTIONS[fn] ?? {}, event, { kind: 'user', userId }, { ...deps, clock: { now: () => at } }, log)
    if (!result.ok) throw new Error(`demo households: ${fn}.${action} failed: ${result.error.message}`)
    return result.data as Record<string, unknown>
  }
  const submitted = { form: form(applicant.employee.idNumber), declaration: declaration(), consent: { version: CONSENT_VERSION, agreed: true } }
  const { id: applicationId } = await run(monthAgo, applicant.userId, 'application', 'submit', submitted)
  const steps: Step[] = [
    [monthAgo, GRASSROOTS, 'accept', {}],
    [
      monthAgo,
      GRASSROOTS,
      'recordInvestigation',
      { visitDate: then, investigators: ['何丽娟', '孙建平'], findings: '入户核实：丈夫患病长期治疗，收入与申报一致。' },
    ],
    [monthAgo, GRASSROOTS, 'recordEvaluation', { meetingDate: then, attendance: 7, result: 'agree' }],
    [monthAgo, GRASSROOTS, 'startPublicity', { startDate: then }],
    [now, GRASSROOTS, 'endPublicity', {}],
    [now, COUNTY, 'approve', {}],
    [
      now,
      COUNTY,
      'file',
      {
        fileLevel: '县(区)级',
        category: '低保边缘户',
        fileType: '城镇困难职工',
        filingCriterion: 'edge-special-reason',
        helperId: HELPER,
        targeting: targeting(chinaDate(now)),
      },
    ],
  ]
  for (const [at, userId, action, data] of steps) await run(at, userId, 'application', action, { applicationId, ...data })
  return true
}
