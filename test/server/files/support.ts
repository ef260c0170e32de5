/** Calls on the `files` function and a year-end evaluation that passes the schema. */
import { callAs, freshRequestId, type TestEnv } from '../../support/test-deps'

export const CHAIR = 'demo-chair-u01'
export const OTHER_CHAIR = 'demo-chair-u02'

export const filesAct = (env: TestEnv, userId: string | null, action: string, data?: unknown, requestId = freshRequestId()) =>
  callAs(env, userId, 'files', action, data, requestId)

export function evaluation(applicationId: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicationId,
    year: 2026,
    perCapitaMonthlyIncome: '820',
    description: '妻子病愈返岗，家庭人均收入稳定在低保标准以上',
    causesRemoved: true,
    proposal: '脱困',
    reason: '妻子已返岗，工资证明显示连续三个月收入高于标准，走访尚未录入新收入',
    ...patch,
  }
}
