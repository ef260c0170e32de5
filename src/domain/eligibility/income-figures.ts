/**
 * The household's income against the standard, exactly. Every comparison is
 * between integers (fen, cross-multiplied): P = S / (N × n) is never
 * computed, so no rounding can move a household across a line. Only the
 * figures people read are rounded, half up, to the fen.
 */
import type { CriteriaTerms, CriteriaTests, IncomeStandard } from '../policy/policy'
import { divideRoundHalfUp } from '../shared/money'
import { perCapitaMonthlyFen } from '../shared/per-capita'
import type { HouseholdFacts } from './eligibility'

export type IncomeFigures = {
  /** n: household size. */
  size: number
  /** N: months assessed (the last N entries). */
  months: number
  /** The last N months of household income, fen. */
  windowFen: number[]
  /** S: their sum, fen. */
  totalFen: number
  /** B, fen. */
  minimumLivingFen: number
  /** L × 100, in hundredths of a fen, so a derived L (B × 150%) stays exact. */
  lowIncomeCentifen: number
  /** Criterion 4's ceiling (B × 300%) × 100, hundredths of a fen. */
  suddenLimitCentifen: number
  suddenHardshipPercent: number
  /** Months among the last N whose per-capita income is below B. */
  monthsBelow: number
  /** Which tests the policy's criteria apply. */
  tests: CriteriaTests
}

export function incomeFigures(facts: HouseholdFacts, standard: IncomeStandard, terms: CriteriaTerms): IncomeFigures {
  const months = terms.incomeMonths
  const windowFen = facts.monthlyIncomeFen.slice(-months)
  const b = standard.minimumLivingFen
  const size = facts.householdSize
  return {
    size,
    months,
    windowFen,
    totalFen: windowFen.reduce((sum, fen) => sum + fen, 0),
    minimumLivingFen: b,
    lowIncomeCentifen: standard.lowIncomeFen !== undefined ? standard.lowIncomeFen * 100 : b * terms.lowIncomePercent,
    suddenLimitCentifen: b * terms.suddenHardshipPercent,
    suddenHardshipPercent: terms.suddenHardshipPercent,
    monthsBelow: windowFen.filter((fen) => fen < size * b).length,
    tests: terms.criteriaTests,
  }
}

/** P < B ⟺ S < N·n·B. */
export function perCapitaBelowStandard(f: IncomeFigures): boolean {
  return f.totalFen < f.months * f.size * f.minimumLivingFen
}

/** P ≤ L ⟺ 100·S ≤ N·n·(100·L). */
export function perCapitaWithinLowIncome(f: IncomeFigures): boolean {
  return 100 * f.totalFen <= f.months * f.size * f.lowIncomeCentifen
}

/** P ≤ B × pct% ⟺ 100·S ≤ N·n·B·pct. */
export function perCapitaWithinSuddenLimit(f: IncomeFigures): boolean {
  return 100 * f.totalFen <= f.months * f.size * f.suddenLimitCentifen
}

/** (annualised income − annual expenses) / 12 / n as an exact fraction of fen: (12·S − N·E) / (12·N·n). */
export function netPerCapitaFraction(f: IncomeFigures, annualExpensesFen: number): { numerator: number; denominator: number } {
  return { numerator: 12 * f.totalFen - f.months * annualExpensesFen, denominator: 12 * f.months * f.size }
}

/** (annual income − annual expenses) / 12 / n ≤ B, the N-month income annualised (× 12 / N), compared without dividing. */
export function netWithinStandard(f: IncomeFigures, annualExpensesFen: number): boolean {
  const { numerator, denominator } = netPerCapitaFraction(f, annualExpensesFen)
  return numerator <= denominator * f.minimumLivingFen
}

/** For display: P rounded half up to the fen. */
export function perCapitaFen(f: IncomeFigures): number {
  return perCapitaMonthlyFen(f.totalFen, f.months, f.size)
}

/** For display: P in hundredths of a fen (4 decimals of a yuan), when the fen hides which side of a line P is on. */
export function perCapitaCentifen(f: IncomeFigures): number {
  return divideRoundHalfUp(100 * f.totalFen, f.months * f.size)
}

/** For display: the N-month income annualised, fen. */
export function annualIncomeFen(f: IncomeFigures): number {
  return divideRoundHalfUp(12 * f.totalFen, f.months)
}
