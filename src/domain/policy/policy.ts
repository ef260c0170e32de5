/**
 * Regional policy: everything the seeds disagree on is data, keyed by GB/T 2260
 * region code and effective date. A record sets only the fields it changes;
 * `resolvePolicy` fills the rest from the city, the province, then the
 * national default. There is no national 低保 standard: only regions set B.
 */
import type { UnionLevel } from '../union/union'

export type PolicySettings = {
  /** 低保标准 B, yuan per person per month. */
  minimumLiving: number
  /** 低收入标准 L, yuan per person per month, where the region publishes one. Only ever paired with the B of its own region. */
  lowIncome: number
  /** L as a percentage of B where no L is published (national: 150, "上浮50%以内"). */
  lowIncomePercent: number
  /** Criterion 4's ceiling as a percentage of B (national: 300, "3倍（含）以内"). */
  suddenHardshipPercent: number
  /** Months of income assessed, and the consecutive months below B that criterion 1 needs (national: 6). */
  incomeMonths: number
  /** Consecutive months above B for 脱困 (national: 6). */
  exitMonths: number
  /** Length of the name-list publicity (公示), in working days. No seed gives one: the default is ours. */
  publicityWorkingDays: number
  /** The lowest union level that approves a file (审批). */
  approvingLevel: UnionLevel
  /** Which value lists (causes, key groups, measures, plans) apply; an id of `VALUE_LIST_SETS`. */
  valueListSet: string
  /** Helpers' home visits per household per year (national: 2). */
  visitsPerYear: number
  /** The months in which a visit is expected, each with its purpose (national: March plan, December evaluation). */
  visitWindows: readonly VisitWindow[]
  /** Households each city- or county-level cadre should be paired with (national: 5). */
  minHouseholdsPerCadre: number
  /** The share of a year's files that should exit (脱困), in percent, where a region sets one (Luzhou 2018: 20); null: no target. */
  exitRateTargetPercent: number | null
  /** Which tests the criteria apply: the national 2016 structure by default (see `CriteriaTests`). */
  criteriaTests: CriteriaTests
  /** The papers (附件类型 codes) an application must carry, each at least `min` times (photos or rows). */
  requiredPapers: readonly RequiredPaper[]
  /** Whether 开户银行, 支行名称 and 银行卡号 are required (starred in seed 000, not in seeds 001 and 002). */
  bankDetailsRequired: boolean
  /** The kinds of aid the ledger records (帮扶台账 帮扶类别). */
  aidKinds: readonly string[]
}

/**
 * The shape of the criteria, beyond their figures. The national structure
 * (seeds 001/002, 2016–2018) tests everything; Shaoxing 2010 (seed 003) takes
 * in every 低保 recipient and admits a household within its band for a cause
 * without the net-expense test.
 */
export type CriteriaTests = {
  /** Criterion 2 also needs P < B ("经政府救助后仍生活困难"); false: receiving 低保 suffices. */
  dibaoIncomeTest: boolean
  /** Criterion 3 needs (disposable income − the reasons' expenses) ÷ n ≤ B. */
  specialNetTest: boolean
  /** Criterion 4 needs (disposable income − the event's expenses) ÷ n ≤ B. */
  suddenNetTest: boolean
}

export const NATIONAL_CRITERIA_TESTS: CriteriaTests = { dibaoIncomeTest: true, specialNetTest: true, suddenNetTest: true }

/** One paper an application must carry: its 附件类型 code and how many photos of it (an ID card has two sides). */
export type RequiredPaper = { type: string; min: number }

/** What the 档案表 itself asks for, by policy: read by the form on the phone and by the server alike. */
export type FormPolicy = Pick<PolicySettings, 'requiredPapers' | 'bankDetailsRequired'>

/** A calendar month in which every filed household should be visited, for one purpose. */
export type VisitWindow = { id: VisitWindowId; month: number }
export const VISIT_WINDOW_IDS = ['plan', 'evaluation'] as const
export type VisitWindowId = (typeof VISIT_WINDOW_IDS)[number]
export const VISIT_WINDOW_LABELS: Record<VisitWindowId, string> = { plan: '制定帮扶计划', evaluation: '年终评价' }

/** What the visit rules read from a resolved policy. */
export type VisitPolicy = Pick<PolicySettings, 'visitsPerYear' | 'visitWindows' | 'minHouseholdsPerCadre'>

export type PolicyField = keyof PolicySettings

export type PolicyRecord = Partial<PolicySettings> & {
  /** 6-digit region code: a county, a city (`xxxx00`) or a province (`xx0000`). */
  regionCode: string
  /** ISO date from which the record applies. */
  effectiveFrom: string
  /** The document the figures come from. */
  source: string
}

export type NationalDefaults = Omit<PolicySettings, 'minimumLiving' | 'lowIncome'>

export const NATIONAL_DEFAULTS: NationalDefaults = {
  lowIncomePercent: 150,
  suddenHardshipPercent: 300,
  incomeMonths: 6,
  exitMonths: 6,
  publicityWorkingDays: 5,
  approvingLevel: 'county',
  valueListSet: 'national',
  visitsPerYear: 2,
  visitWindows: [
    { id: 'plan', month: 3 },
    { id: 'evaluation', month: 12 },
  ],
  minHouseholdsPerCadre: 5,
  exitRateTargetPercent: null,
  criteriaTests: NATIONAL_CRITERIA_TESTS,
  // Seed 001's six batches (一(二)1–6) as the ledger words them.
  aidKinds: ['生活救助', '送温暖', '医疗救助', '金秋助学', '就业援助', '技能培训', '创业援助', '其他'],
  // Every seed asks for the ID card and the household register (seed 001 一（三）5, seed 004); the ACFTU template (seed 000) stars the bank fields.
  requiredPapers: [
    { type: 'id-card', min: 2 },
    { type: 'household-register', min: 1 },
  ],
  bankDetailsRequired: true,
}

export const NATIONAL_FORM_POLICY: FormPolicy = {
  requiredPapers: NATIONAL_DEFAULTS.requiredPapers,
  bankDetailsRequired: NATIONAL_DEFAULTS.bankDetailsRequired,
}

/** The figures the eligibility rules compare against, in integer fen. */
export type IncomeStandard = {
  minimumLivingFen: number
  /** A published L; when absent, L = B × lowIncomePercent / 100 (kept exact, never rounded). */
  lowIncomeFen?: number
  /** Where the figures come from, quoted in the explanation (e.g. "地区代码420802，2018-01-01起执行"). */
  source?: string
}

/** The multipliers and month counts of the criteria. */
export type CriteriaTerms = Pick<PolicySettings, 'lowIncomePercent' | 'suddenHardshipPercent' | 'incomeMonths' | 'exitMonths' | 'criteriaTests'>

export const NATIONAL_TERMS: CriteriaTerms = {
  lowIncomePercent: NATIONAL_DEFAULTS.lowIncomePercent,
  suddenHardshipPercent: NATIONAL_DEFAULTS.suddenHardshipPercent,
  incomeMonths: NATIONAL_DEFAULTS.incomeMonths,
  exitMonths: NATIONAL_DEFAULTS.exitMonths,
  criteriaTests: NATIONAL_DEFAULTS.criteriaTests,
}

export type RegionalPolicy = {
  regionCode: string
  asOf: string
  /** Null when no B is in force for the region on `asOf`. */
  standard: IncomeStandard | null
  terms: CriteriaTerms
  publicityWorkingDays: number
  approvingLevel: UnionLevel
  valueListSet: string
  visits: VisitPolicy
  /** The yearly exit-rate target in percent, or null where none is set. */
  exitRateTargetPercent: number | null
  form: FormPolicy
  aidKinds: readonly string[]
  /** Per field: `national` or `<regionCode>@<effectiveFrom>`, so staff can see why a figure applies. */
  sources: Partial<Record<PolicyField, string>>
}
