/**
 * From an application's 档案表 and 申报表 to the eligibility engine's
 * household facts, so staff see the engine's suggestion (criterion, category,
 * reasons) beside what the applicant chose. The mapping, where the forms do
 * not ask the engine's question directly:
 * - monthly income: the 申报表's 近半年家庭总收入 spread evenly over six
 *   months (the forms ask for a half-year total, not month by month), unless
 *   the investigation verified month-by-month figures;
 * - receives 低保: the 申报表's own yes/no (是否正在领取低保); the 困难类别
 *   an applicant may suggest is the union's decision and never read here. A
 *   declaration stored before the question existed reads as no;
 * - special reasons (criterion 3): anyone's health not 良好 → illness (残疾 →
 *   disability), the cause 子女上学 → schooling, 是否单亲 → single parent;
 *   their expenses are the 申报表's medical, schooling and other expenses;
 * - sudden hardship (criterion 4): the causes 遭受意外事故, 遭受自然灾害 and
 *   家庭成员患重特大疾病; their expenses are the medical and other expenses;
 * - exclusions: 自有产权住房 ≥ 2, any 经营性商业店铺 area, and any
 *   vehicle/machinery named other than “无”. The rest (employing others,
 *   high-fee schooling, refusing the investigation) are staff findings the
 *   forms do not carry: the investigation records them (`Verified.findings`),
 *   with the homes it counted; the blacklist is checked before submission.
 */
import { assessEligibility } from '../eligibility/assess-eligibility'
import type { EligibilityResult, HouseholdFacts, SpecialReason, SuddenHardship } from '../eligibility/eligibility'
import type { Declaration } from '../file-form/declaration.schema'
import type { FileForm } from '../file-form/file-form.schema'
import type { CriteriaTerms, IncomeStandard } from '../policy/policy'

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

const NONE = new Set(['', '无', '没有', '否'])

function specialReasons(form: FileForm, causes: string[]): SpecialReason[] {
  const health = [form.healthStatus, ...form.members.map((m) => m.healthStatus)]
  const reasons: SpecialReason[] = []
  if (health.some((h) => h !== 'good' && h !== 'disability')) reasons.push('illness')
  if (health.includes('disability')) reasons.push('disability')
  if (causes.includes('schooling')) reasons.push('schooling')
  if (form.singleParent) reasons.push('singleParent')
  return reasons
}

function suddenHardships(causes: string[]): SuddenHardship[] {
  const found: SuddenHardship[] = []
  if (causes.includes('accident')) found.push('accident')
  if (causes.includes('serious-illness')) found.push('majorIllness')
  if (causes.includes('natural-disaster')) found.push('disaster')
  return found
}

export function householdFactsOf(form: FileForm, declaration: Declaration, months: number, verified: Verified = {}): HouseholdFacts {
  const causes = [form.mainCause, ...form.secondaryCauses]
  // A finding can add an exclusion the declaration did not show, never take one away.
  const found = verified.findings ?? {}
  const medical = declaration.medicalExpense ?? 0
  const other = declaration.otherExpense ?? 0
  return {
    householdSize: verified.householdSize ?? form.derived.householdSize,
    monthlyIncomeFen: verified.monthlyIncomeFen ?? spreadMonthly(declaration.householdIncomeHalfYear, Math.max(6, months)),
    receivesDibao: declaration.receivesDibao === true,
    specialReasons: specialReasons(form, causes),
    specialExpensesAnnualFen: medical + (declaration.schoolingExpense ?? 0) + other,
    suddenHardships: suddenHardships(causes),
    suddenExpensesAnnualFen: medical + other,
    homesOwned: verified.homesOwned ?? declaration.ownedHomes,
    ownsCommercialPremises: (declaration.shopArea ?? 0) > 0 || found.ownsCommercialPremises === true,
    employsOthers: found.employsOthers === true,
    childAtHighFeeSchoolOrAbroad: found.childAtHighFeeSchoolOrAbroad === true,
    usesVehiclesNotAsEmployee: !NONE.has((declaration.vehicles ?? '').trim()) || found.usesVehiclesNotAsEmployee === true,
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
