/**
 * Filed households for the assistance tests, each taken through every staff
 * step by its own unions: 李大勇 (employee2, 青石机械厂工会 u01, county
 * d130306), 张秀英 (employee3, 青石街道工会联合会 u02, same county) and
 * 刘建军 (employee4, 松涛纺织公司工会 u03, the sibling county d130304).
 * Each household's members have their own (fictional) ID numbers.
 */
import { validId } from '../../../domain/file-form/file-form-fixture'
import { callAs, dataOf, freshRequestId, type TestEnv } from '../../../support/test-deps'
import { act, applicationForm, idOf, submission, submitted } from '../../application/support/application-form'

export type HouseholdSpec = { name: string; account: string; userId: string; grassroots: string; county: string; helper: string; members: [string, string] }

export const HOUSEHOLDS: Record<'li' | 'zhang' | 'liu', HouseholdSpec> = {
  li: {
    name: '李大勇',
    account: 'employee2',
    userId: 'demo-employee2',
    grassroots: 'demo-staff-u01',
    county: 'demo-staff-d130306',
    helper: 'demo-helper1',
    members: [validId('13030619780203002'), validId('13030620100901003')],
  },
  zhang: {
    name: '张秀英',
    account: 'employee3',
    userId: 'demo-employee3',
    grassroots: 'demo-staff-u02',
    county: 'demo-staff-d130306',
    helper: 'demo-helper1',
    members: [validId('13030619650203012'), validId('13030620090901013')],
  },
  liu: {
    name: '刘建军',
    account: 'employee4',
    userId: 'demo-employee4',
    grassroots: 'demo-staff-u03',
    county: 'demo-staff-d130304',
    helper: 'demo-helper2',
    members: [validId('13030419790203022'), validId('13030420110901023')],
  },
}

export async function fileHousehold(env: TestEnv, spec: HouseholdSpec, fileLevel = '县(区)级'): Promise<string> {
  const form = { ...applicationForm(idOf(spec.account), spec.members), name: spec.name }
  // Submitted and publicised 10 days back, filed now: each step on or after the one before, as the rules require.
  const now = env.clock.current
  env.clock.current = new Date(now.getTime() - 10 * 86_400_000)
  const { id: applicationId } = await submitted(env, spec.userId, submission(form))
  const today = env.clock.now().toISOString().slice(0, 10)
  const run = async (user: string, action: string, data: Record<string, unknown> = {}) => dataOf(await act(env, user, action, { applicationId, ...data }))
  // Each step on or after the one before (the rules refuse back-dated steps): publicity runs its days, then the file is made today.
  await run(spec.grassroots, 'accept')
  await run(spec.grassroots, 'recordInvestigation', { visitDate: today, investigators: ['孙建平', '何丽娟'], findings: '收入属实' })
  await run(spec.grassroots, 'recordEvaluation', { meetingDate: today, attendance: 7, result: 'agree' })
  await run(spec.grassroots, 'startPublicity', { startDate: today })
  env.clock.current = now
  await run(spec.grassroots, 'endPublicity')
  await run(spec.county, 'approve')
  await run(spec.county, 'file', { fileLevel, category: '低保边缘户', fileType: '城镇困难职工', helperId: spec.helper })
  return applicationId
}

/** Calls an `assistance` action with a fresh request id unless one is given. */
export const assist = (env: TestEnv, userId: string | null, action: string, data?: unknown, requestId = freshRequestId()) =>
  callAs(env, userId, 'assistance', action, data, requestId)

export const planForm = (applicationId: string, patch: Record<string, unknown> = {}) => ({
  applicationId,
  measures: ['就业创业发展', 'social-assistance'],
  plans: ['技能培训促就业计划', '送温暖精准化计划'],
  deadline: '2027-12',
  notes: '妻子病情稳定后推荐就业',
  ...patch,
})

export const aid = (applicationId: string, patch: Record<string, unknown> = {}) => ({
  applicationId,
  date: '2026-11-22',
  kind: '送温暖',
  amount: 500,
  fundLevel: '县(区)级',
  project: '2027年元旦春节送温暖',
  ...patch,
})
