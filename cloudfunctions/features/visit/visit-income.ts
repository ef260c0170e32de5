/**
 * A visit that updates the household's monthly incomes runs the eligibility
 * engine again on them (the rest of the household as filed), and the exit
 * test: per-capita income above the 低保 standard B in each of the last
 * months the policy names (national: 6) makes the household an exit
 * candidate (脱困候选), for the year-end evaluation to decide.
 */
import { assessmentStandard } from '../../../src/domain/application/assessment-standard'
import { householdFactsOf } from '../../../src/domain/application/household-assessment'
import { assessEligibility } from '../../../src/domain/eligibility/assess-eligibility'
import { householdExitTest } from '../../../src/domain/eligibility/exit-test'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { perCapitaMonthlyFen } from '../../../src/domain/shared/per-capita'
import type { ActionContext } from '../../core/action'
import { openSealed } from '../application/application.doc'
import type { FileDoc, VisitDoc } from './visit.doc'

export function assessVisitIncome(ctx: ActionContext, file: FileDoc, monthlyIncomeFen: number[]): NonNullable<VisitDoc['income']> {
  const { form, declaration } = openSealed((s) => ctx.deps.keys.open(s), file)
  const policy = resolvePolicy(file.regionCode, ctx.today)
  const standard = assessmentStandard(form, policy)
  const householdSize = file.householdSize
  const facts = householdFactsOf(form, declaration, policy.terms.incomeMonths, { monthlyIncomeFen, householdSize })
  const assessment = standard ? assessEligibility(facts, standard, policy.terms) : null
  const total = monthlyIncomeFen.reduce((sum, fen) => sum + fen, 0)
  return {
    perCapitaMonthlyIncomeFen: assessment?.perCapitaMonthlyIncomeFen ?? perCapitaMonthlyFen(total, monthlyIncomeFen.length, householdSize),
    assessment,
    exitCandidate: standard ? householdExitTest(monthlyIncomeFen, householdSize, standard.minimumLivingFen, policy.terms.exitMonths) : false,
  }
}
