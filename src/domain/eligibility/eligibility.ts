/**
 * The vocabulary of an eligibility decision: criteria, categories and the
 * reason codes the result lists. Codes are stable (the CLI contract and the
 * UI key on them); each has one Chinese sentence in `explanation.ts`.
 */

export type CriterionNumber = 1 | 2 | 3 | 4

/** The order criteria are tried in: receiving 低保 first, then the rest by number. */
export const CRITERION_PRECEDENCE: readonly CriterionNumber[] = [2, 1, 3, 4]

export const CATEGORIES = ['低保户', '低保边缘户', '意外致困户'] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_OF: Record<CriterionNumber, Category> = { 1: '低保边缘户', 2: '低保户', 3: '低保边缘户', 4: '意外致困户' }

/** 不予建档: any one of these excludes the household whatever its income. */
export const EXCLUSION_CODES = [
  'twoOrMoreHomes',
  'commercialPremises',
  'employsOthers',
  'highFeeSchooling',
  'vehicles',
  'refusedInvestigation',
  'blacklisted',
] as const
export type ExclusionCode = (typeof EXCLUSION_CODES)[number]

export const MET_CODES = { 1: 'criterion1', 2: 'criterion2', 3: 'criterion3', 4: 'criterion4' } as const
export type MetCode = (typeof MET_CODES)[CriterionNumber]

/** Why a criterion is not met: the first condition that fails, per criterion. */
export const UNMET_CODES = [
  'incomeNotBelowStandard',
  'notReceivingDibao',
  'receivesDibao',
  'notEveryMonthBelowStandard',
  'incomeAboveLowIncome',
  'noSpecialReason',
  'specialExpensesInsufficient',
  'incomeAboveSuddenHardshipLimit',
  'noSuddenHardship',
  'suddenExpensesInsufficient',
] as const
export type UnmetCode = (typeof UNMET_CODES)[number]

export type ReasonCode = ExclusionCode | MetCode | UnmetCode

export const SPECIAL_REASONS = ['illness', 'schooling', 'disability', 'singleParent', 'other'] as const
export type SpecialReason = (typeof SPECIAL_REASONS)[number]

export const SPECIAL_REASON_LABELS: Record<SpecialReason, string> = {
  illness: '患病',
  schooling: '子女上学',
  disability: '残疾',
  singleParent: '单亲',
  other: '其他特殊原因',
}

export const SUDDEN_HARDSHIPS = ['accident', 'majorIllness', 'disaster', 'other'] as const
export type SuddenHardship = (typeof SUDDEN_HARDSHIPS)[number]

export const SUDDEN_HARDSHIP_LABELS: Record<SuddenHardship, string> = {
  accident: '突发事件或意外伤害',
  majorIllness: '重大疾病',
  disaster: '自然灾害或重大安全事故',
  other: '其他突发原因',
}

/** An expense as the applicant entered it: the form's label and the amount, fen. */
export type ExpenseItem = { label: string; fen: number }

/** What the rules need to know about a household, money in integer fen. */
export type HouseholdFacts = {
  householdSize: number
  /** Household disposable income per month (低保金 included), oldest first. */
  monthlyIncomeFen: number[]
  receivesDibao: boolean
  specialReasons: SpecialReason[]
  specialExpensesAnnualFen: number
  /** The entries `specialExpensesAnnualFen` adds up, as the applicant named them; absent: one figure (the CLI, the self-check). */
  specialExpenseItems?: ExpenseItem[]
  suddenHardships: SuddenHardship[]
  suddenExpensesAnnualFen: number
  /** The entries `suddenExpensesAnnualFen` adds up, as the applicant named them. */
  suddenExpenseItems?: ExpenseItem[]
  homesOwned: number
  ownsCommercialPremises: boolean
  employsOthers: boolean
  childAtHighFeeSchoolOrAbroad: boolean
  usesVehiclesNotAsEmployee: boolean
  refusedInvestigation: boolean
  blacklisted: boolean
}

export type EligibilityResult = {
  eligible: boolean
  criterion: CriterionNumber | null
  category: Category | null
  /** P rounded half up to the fen: for display only, never compared. */
  perCapitaMonthlyIncomeFen: number
  reasons: ReasonCode[]
  /** The same Chinese text on the employee's self-check and the staff review. */
  explanation: string
}
