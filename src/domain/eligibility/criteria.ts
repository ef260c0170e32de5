/**
 * The four national criteria (as Luzhou and Jingmen apply them, 2018). Each
 * returns "met" or the first condition that fails, in the order a worker
 * would check them: income band, then cause, then expenses.
 */
import type { CriterionNumber, HouseholdFacts, UnmetCode } from './eligibility'
import { netWithinStandard, perCapitaBelowStandard, perCapitaWithinLowIncome, perCapitaWithinSuddenLimit, type IncomeFigures } from './income-figures'

export type CriterionOutcome = { criterion: CriterionNumber; met: true } | { criterion: CriterionNumber; met: false; code: UnmetCode }

type Check = (facts: HouseholdFacts, f: IncomeFigures) => UnmetCode | null

/**
 * 2. P < B, receiving 低保 (the income counts the 低保金, so P < B means still
 * below after relief). Where the policy takes in every 低保 recipient (Shaoxing
 * 2010), receiving 低保 suffices.
 */
const criterion2: Check = (facts, f) => {
  if (f.tests.dibaoIncomeTest && !perCapitaBelowStandard(f)) return 'incomeNotBelowStandard'
  return facts.receivesDibao ? null : 'notReceivingDibao'
}

/** 1. Per-capita income below B in each of the last N months (连续N个月（含）以上), without 低保. */
const criterion1: Check = (facts, f) => {
  if (!perCapitaBelowStandard(f)) return 'incomeNotBelowStandard'
  if (facts.receivesDibao) return 'receivesDibao'
  return f.monthsBelow === f.months ? null : 'notEveryMonthBelowStandard'
}

/**
 * 3. P ≤ L with no lower bound (a household below B without 低保 is 低保边缘户 ①,
 * seed 002), a special reason, and — where the policy asks — the net test
 * (annual income − its expenses) / 12 / n ≤ B. Every condition only gets
 * harder as income rises, so the decision is monotone in income.
 */
const criterion3: Check = (facts, f) => {
  if (!perCapitaWithinLowIncome(f)) return 'incomeAboveLowIncome'
  if (facts.specialReasons.length === 0) return 'noSpecialReason'
  if (!f.tests.specialNetTest) return null
  return netWithinStandard(f, facts.specialExpensesAnnualFen) ? null : 'specialExpensesInsufficient'
}

/** 4. P ≤ 3 × B (含), a sudden hardship, and — where the policy asks — (annual income − the expenses it caused) / 12 / n ≤ B. */
const criterion4: Check = (facts, f) => {
  if (!perCapitaWithinSuddenLimit(f)) return 'incomeAboveSuddenHardshipLimit'
  if (facts.suddenHardships.length === 0) return 'noSuddenHardship'
  if (!f.tests.suddenNetTest) return null
  return netWithinStandard(f, facts.suddenExpensesAnnualFen) ? null : 'suddenExpensesInsufficient'
}

const CHECKS: Record<CriterionNumber, Check> = { 1: criterion1, 2: criterion2, 3: criterion3, 4: criterion4 }

export function evaluateCriterion(criterion: CriterionNumber, facts: HouseholdFacts, f: IncomeFigures): CriterionOutcome {
  const code = CHECKS[criterion](facts, f)
  return code === null ? { criterion, met: true } : { criterion, met: false, code }
}
