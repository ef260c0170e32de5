/**
 * From an application's 档案表 and 申报表 to the eligibility engine's
 * household facts, so staff see the engine's suggestion (criterion, category,
 * reasons) beside what the applicant chose. The mapping, where the forms do
 * not ask the engine's question directly:
 * - monthly income: the 申报表's 家庭可支配收入 (近6个月总收入 − 所得税 −
 *   社会保险个人缴纳, seed 001 一（三）2) spread evenly over six months (the
 *   forms ask for a half-year total, not month by month), unless the
 *   investigation verified month-by-month figures;
 * - receives 低保: the 申报表's own yes/no (是否正在领取低保); the 困难类别
 *   an applicant may suggest is the union's decision and never read here. A
 *   declaration stored before the question existed reads as no;
 * - special reasons (criterion 3) and sudden hardships (criterion 4): what the
 *   chosen causes mean (cause-meanings.ts, every region's codes), plus
 *   anyone's health not 良好 → illness (残疾 → disability) and 是否单亲;
 * - their expenses: the 档案表's 年度必要支出 as the applicant entered it (it
 *   sits beside the causes it belongs to); where left blank, the 申报表's
 *   expenses the causes bring (医疗费, 子女上学 for criterion 3; 医疗费 for 4;
 *   其他支出 for both), never 日常基本生活开支 or 购房、购车 (seed 001 一（三）3).
 *   The explanation names them as entered;
 * - exclusions: 自有产权住房 ≥ 2, any 经营性商业店铺 area, and 非受雇佣机动车…
 *   answered 是 (a yes/no: no written text excludes anyone). The rest
 *   (employing others, high-fee schooling, refusing the investigation) are
 *   staff findings the forms do not carry: the investigation records them
 *   (`Verified.findings`), with the homes it counted; the blacklist is checked
 *   before submission.
 */
import { assessEligibility } from '../eligibility/assess-eligibility'
import type { EligibilityResult, ExpenseItem, HouseholdFacts, SpecialReason } from '../eligibility/eligibility'
import { DECLARATION_FIELDS } from '../file-form/declaration-fields'
import { declaredDisposableIncomeFen, type Declaration } from '../file-form/declaration.schema'
import { WORKER_FIELDS } from '../file-form/worker-fields'
import type { FileForm } from '../file-form/file-form.schema'
import type { CriteriaTerms, IncomeStandard } from '../policy/policy'
import { meaningOfCauses } from './cause-meanings'

/** What the 入户调查 found: figures that replace the declared ones, and the exclusions only a visit can see. */
export type InvestigationFindings = Partial<
  Pick<HouseholdFacts, 'ownsCommercialPremises' | 'employsOthers' | 'childAtHighFeeSchoolOrAbroad' | 'usesVehiclesNotAsEmployee' | 'refusedInvestigation'>
>
export type Verified = { monthlyIncomeFen?: number[]; householdSize?: number; homesOwned?: number; findings?: InvestigationFindings }

/** `total` fen over `months` months, the remainder on the earliest months, so the sum stays exact. */
export function spreadMonthly(total: number, months: number): number[] {
  const base = Math.floor(total / months)
  const rest = total - base * months
  return Array.from({ length: months }, (_, i) => base + (i < rest ? 1 : 0))
}

function specialReasons(form: FileForm, fromCauses: readonly SpecialReason[]): SpecialReason[] {
  const health = [form.healthStatus, ...form.members.map((m) => m.healthStatus)]
  const reasons = new Set<SpecialReason>()
  if (health.some((h) => h !== 'good' && h !== 'disability')) reasons.add('illness')
  if (health.includes('disability')) reasons.add('disability')
  if (form.singleParent) reasons.add('singleParent')
  for (const reason of fromCauses) reasons.add(reason)
  return [...reasons]
}

const item = (label: string, fen: number | undefined): ExpenseItem[] => (fen ? [{ label, fen }] : [])

/** The expenses a criterion deducts, as the applicant entered them (see the header). */
function expenseItems(form: FileForm, declaration: Declaration, kind: 'special' | 'sudden'): ExpenseItem[] {
  if (form.annualNecessaryExpense !== undefined) return [{ label: WORKER_FIELDS.annualNecessaryExpense.label, fen: form.annualNecessaryExpense }]
  const D = DECLARATION_FIELDS
  return [
    ...item(D.medicalExpense.label, declaration.medicalExpense),
    ...(kind === 'special' ? item(D.schoolingExpense.label, declaration.schoolingExpense) : []),
    ...item(declaration.otherExpenseName ?? D.otherExpense.label, declaration.otherExpense),
  ]
}

const total = (items: readonly ExpenseItem[]) => items.reduce((sum, i) => sum + i.fen, 0)

export function householdFactsOf(form: FileForm, declaration: Declaration, months: number, verified: Verified = {}): HouseholdFacts {
  const causes = meaningOfCauses([form.mainCause, ...form.secondaryCauses])
  // A finding can add an exclusion the declaration did not show, never take one away.
  const found = verified.findings ?? {}
  const special = expenseItems(form, declaration, 'special')
  const sudden = expenseItems(form, declaration, 'sudden')
  return {
    householdSize: verified.householdSize ?? form.derived.householdSize,
    monthlyIncomeFen: verified.monthlyIncomeFen ?? spreadMonthly(declaredDisposableIncomeFen(declaration), Math.max(6, months)),
    receivesDibao: declaration.receivesDibao === true,
    specialReasons: specialReasons(form, causes.special),
    specialExpensesAnnualFen: total(special),
    specialExpenseItems: special,
    suddenHardships: causes.sudden,
    suddenExpensesAnnualFen: total(sudden),
    suddenExpenseItems: sudden,
    homesOwned: verified.homesOwned ?? declaration.ownedHomes,
    ownsCommercialPremises: (declaration.shopArea ?? 0) > 0 || found.ownsCommercialPremises === true,
    employsOthers: found.employsOthers === true,
    childAtHighFeeSchoolOrAbroad: found.childAtHighFeeSchoolOrAbroad === true,
    usesVehiclesNotAsEmployee: declaration.usesVehicles === true || found.usesVehiclesNotAsEmployee === true,
    refusedInvestigation: found.refusedInvestigation === true,
    blacklisted: false,
  }
}

/** The engine's result, or null where the region has no 低保 standard in force (staff then judge alone). */
export function assessApplication(
  form: FileForm,
  declaration: Declaration,
  standard: IncomeStandard | null,
  terms: CriteriaTerms,
  verified: Verified = {},
): EligibilityResult | null {
  if (!standard) return null
  return assessEligibility(householdFactsOf(form, declaration, terms.incomeMonths, verified), standard, terms)
}
