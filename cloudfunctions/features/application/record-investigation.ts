/**
 * 入户调查: at least two staff visited. When they verified the household's
 * income, size or homes, or found an exclusion only a visit shows (a shop,
 * employees, high-fee schooling, vehicles, a refusal), the engine runs again; the
 * application keeps the assessment before and after, and the answer names
 * what changed. The findings are sealed like the form.
 */
import type { z } from 'zod'
import type { AssessmentView } from '../../../src/domain/application/application-views'
import { assessmentStandard } from '../../../src/domain/application/assessment-standard'
import { assessApplication, type Verified } from '../../../src/domain/application/household-assessment'
import { INVESTIGATION_FINDINGS, type InvestigationFinding, type recordInvestigationInput } from '../../../src/domain/application/steps.schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { yuanText } from '../../../src/domain/eligibility/explanation'
import type { ActionContext } from '../../core/action'
import { openSealed } from './application.doc'
import { runStep } from './run-step'
import { requireStepDateInOrder } from './step-dates'

type Input = z.output<ReturnType<typeof recordInvestigationInput>>

const FINDING_KEYS = Object.keys(INVESTIGATION_FINDINGS) as InvestigationFinding[]

const verdict = (a: AssessmentView | null) => (a === null ? '无法评估' : a.eligible ? `符合第${a.criterion}项建档标准（${a.category}）` : '不符合建档标准')

/** Chinese sentences for what differs between two assessments. */
export function assessmentChanges(before: AssessmentView | null, after: AssessmentView | null): string[] {
  const changes: string[] = []
  const p = (a: AssessmentView | null) => (a ? yuanText(a.perCapitaMonthlyIncomeFen) : '—')
  if (before?.perCapitaMonthlyIncomeFen !== after?.perCapitaMonthlyIncomeFen) changes.push(`家庭月人均收入由${p(before)}元变为${p(after)}元`)
  if (verdict(before) !== verdict(after)) changes.push(`评估结果由“${verdict(before)}”变为“${verdict(after)}”`)
  return changes
}

export function recordInvestigation(ctx: ActionContext, input: Input) {
  return runStep(ctx, 'recordInvestigation', input.applicationId, ({ app }) => {
    requireStepDateInOrder(app, 'visitDate', input.visitDate)
    const findings = Object.fromEntries(FINDING_KEYS.filter((key) => input[key] === true).map((key) => [key, true]))
    const verified: Verified = {
      ...(input.verifiedMonthlyIncome ? { monthlyIncomeFen: input.verifiedMonthlyIncome } : {}),
      ...(input.verifiedHouseholdSize ? { householdSize: input.verifiedHouseholdSize } : {}),
      ...(input.verifiedOwnedHomes !== undefined ? { homesOwned: input.verifiedOwnedHomes } : {}),
      ...(Object.keys(findings).length > 0 ? { findings } : {}),
    }
    const anyVerified = Object.keys(verified).length > 0
    const before = app.assessment
    let after = before
    if (anyVerified) {
      const { form, declaration } = openSealed((s) => ctx.deps.keys.open(s), app)
      const policy = resolvePolicy(app.regionCode, ctx.today)
      after = assessApplication(form, declaration, assessmentStandard(form, policy), policy.terms, verified)
    }
    const changes = assessmentChanges(before, after)
    return {
      patch: {
        investigation: {
          visitDate: input.visitDate,
          investigators: input.investigators,
          findingsSealed: ctx.deps.keys.seal(input.findings),
          ...(anyVerified ? { verified } : {}),
          before,
          after,
          changes,
        },
        assessment: after,
        ...(after ? { perCapitaIncomeFen: after.perCapitaMonthlyIncomeFen } : {}),
        ...(verified.householdSize ? { householdSize: verified.householdSize } : {}),
      },
      remarks: [
        `${input.visitDate}入户调查（${input.investigators.length}人）`,
        ...Object.keys(findings).map((k) => `查实${INVESTIGATION_FINDINGS[k as InvestigationFinding]}`),
        ...changes,
      ].join('；'),
      audited: ['investigation'],
      answer: () => ({ changes }),
    }
  })
}
