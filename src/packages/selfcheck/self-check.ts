/**
 * The self-check, as plain TypeScript: the page's text fields in, the
 * engine's verdict out. Runs on the phone with the same schema and engine
 * the server and `npm run -s assess` use; nothing leaves the device.
 */
import dayjs from 'dayjs'
import { assessEligibility } from '../../domain/eligibility/assess-eligibility'
import { householdFactsInput } from '../../domain/eligibility/eligibility.schema'
import type { EligibilityResult, SpecialReason, SuddenHardship } from '../../domain/eligibility/eligibility'
import { NATIONAL_TERMS, type CriteriaTerms, type IncomeStandard } from '../../domain/policy/policy'
import { resolvePolicy } from '../../domain/policy/resolve-policy'
import { fieldErrorsOf, type FieldErrors } from '../../domain/shared/app-error'
import { parseYuan } from '../../domain/shared/money'

export const MANUAL_REGION = 'manual'
export const MONTHS = 6

export type SelfCheckForm = {
  regionCode: string
  minimumLiving: string
  householdSize: string
  monthlyIncome: string[]
  receivesDibao: boolean
  specialReasons: SpecialReason[]
  specialExpensesAnnual: string
  suddenHardship: SuddenHardship[]
  suddenExpensesAnnual: string
  homesOwned: string
  ownsCommercialPremises: boolean
  employsOthers: boolean
  childAtHighFeeSchoolOrAbroad: boolean
  usesVehiclesNotAsEmployee: boolean
}

export const EMPTY_FORM: SelfCheckForm = {
  regionCode: '',
  minimumLiving: '',
  householdSize: '',
  monthlyIncome: Array.from({ length: MONTHS }, () => ''),
  receivesDibao: false,
  specialReasons: [],
  specialExpensesAnnual: '',
  suddenHardship: [],
  suddenExpensesAnnual: '',
  homesOwned: '',
  ownsCommercialPremises: false,
  employsOthers: false,
  childAtHighFeeSchoolOrAbroad: false,
  usesVehiclesNotAsEmployee: false,
}

export type SelfCheckOutcome = { ok: true; result: EligibilityResult } | { ok: false; fields: FieldErrors }

/** "2026年5月" … "2026年10月": the six whole months before this one, oldest first. */
export function monthLabels(today: string): string[] {
  return Array.from({ length: MONTHS }, (_, i) =>
    dayjs(today)
      .subtract(MONTHS - i, 'month')
      .format('YYYY年M月'),
  )
}

/** Text from a number field: empty is "not given", anything else goes to the schema as typed. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}

type StandardChoice = { ok: true; standard: IncomeStandard; terms: CriteriaTerms } | { ok: false; fields: FieldErrors }

function standardFor(form: SelfCheckForm, today: string): StandardChoice {
  if (form.regionCode === MANUAL_REGION) {
    const b = parseYuan(form.minimumLiving)
    if (!b.ok) return { ok: false, fields: { minimumLiving: `当地低保标准${b.reason}` } }
    if (b.fen === 0) return { ok: false, fields: { minimumLiving: '当地低保标准应大于0' } }
    return { ok: true, standard: { minimumLivingFen: b.fen, source: '您填写的当地低保标准' }, terms: NATIONAL_TERMS }
  }
  if (!form.regionCode) return { ok: false, fields: { regionCode: '请选择所在地区' } }
  const policy = resolvePolicy(form.regionCode, today)
  if (!policy.standard) return { ok: false, fields: { regionCode: '该地区暂无低保标准，请选择“其他地区”并填写当地低保标准' } }
  return { ok: true, standard: policy.standard, terms: policy.terms }
}

export function runSelfCheck(form: SelfCheckForm, today: string): SelfCheckOutcome {
  const parsed = householdFactsInput().safeParse({
    householdSize: numberOrText(form.householdSize),
    monthlyIncome: form.monthlyIncome.map((m) => m.trim()),
    receivesDibao: form.receivesDibao,
    specialReasons: form.specialReasons,
    specialExpensesAnnual: form.specialExpensesAnnual.trim() || undefined,
    suddenHardship: form.suddenHardship,
    suddenExpensesAnnual: form.suddenExpensesAnnual.trim() || undefined,
    homesOwned: numberOrText(form.homesOwned),
    ownsCommercialPremises: form.ownsCommercialPremises,
    employsOthers: form.employsOthers,
    childAtHighFeeSchoolOrAbroad: form.childAtHighFeeSchoolOrAbroad,
    usesVehiclesNotAsEmployee: form.usesVehiclesNotAsEmployee,
  })
  const standard = standardFor(form, today)
  if (parsed.success && standard.ok) return { ok: true, result: assessEligibility(parsed.data, standard.standard, standard.terms) }
  return { ok: false, fields: { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(standard.ok ? {} : standard.fields) } }
}
