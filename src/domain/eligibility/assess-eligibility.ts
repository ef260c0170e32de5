/**
 * The eligibility engine: exclusions first (any one → not eligible), then the
 * criteria in the order 2, 1, 3, 4; the first met decides the criterion and
 * the category. The same function serves the employee's self-check and the
 * staff review.
 */
import { NATIONAL_TERMS, type CriteriaTerms, type IncomeStandard } from '../policy/policy'
import { AppError } from '../shared/app-error'
import { evaluateCriterion } from './criteria'
import { CATEGORY_OF, CRITERION_PRECEDENCE, MET_CODES, type EligibilityResult, type HouseholdFacts, type ReasonCode } from './eligibility'
import { findExclusions } from './exclusions'
import { explain } from './explanation'
import { incomeFigures, perCapitaFen } from './income-figures'

export function assessEligibility(facts: HouseholdFacts, standard: IncomeStandard, terms: CriteriaTerms = NATIONAL_TERMS): EligibilityResult {
  if (facts.monthlyIncomeFen.length < terms.incomeMonths) {
    const message = `每月收入至少需要${terms.incomeMonths}个月`
    throw new AppError('INVALID_INPUT', message, { monthlyIncome: message })
  }
  const figures = incomeFigures(facts, standard, terms)
  const exclusions = findExclusions(facts)
  const outcomes = CRITERION_PRECEDENCE.map((criterion) => evaluateCriterion(criterion, facts, figures))
  const met = outcomes.flatMap((o) => (o.met ? [o.criterion] : []))
  const criterion = exclusions.length === 0 ? (met[0] ?? null) : null

  let reasons: ReasonCode[]
  if (exclusions.length > 0) reasons = exclusions
  else if (criterion !== null) reasons = met.map((c) => MET_CODES[c])
  else reasons = [...new Set(outcomes.flatMap((o) => (o.met ? [] : [o.code])))]

  return {
    eligible: criterion !== null,
    criterion,
    category: criterion === null ? null : CATEGORY_OF[criterion],
    perCapitaMonthlyIncomeFen: perCapitaFen(figures),
    reasons,
    explanation: explain(facts, figures, standard.source, { exclusions, outcomes, criterion }),
  }
}
