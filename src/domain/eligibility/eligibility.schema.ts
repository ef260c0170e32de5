/**
 * The assessment input, shared by the `assess` command and the employee's
 * self-check page: one schema, the same Chinese message per field on both.
 * Money arrives in yuan (number or text) and leaves as integer fen.
 */
import { z } from 'zod'
import { parseYuan, yuanAmount } from '../shared/money'
import { SPECIAL_REASONS, SUDDEN_HARDSHIPS, type HouseholdFacts } from './eligibility'

export const MIN_INCOME_MONTHS = 6
export const MAX_INCOME_MONTHS = 120
export const MAX_HOUSEHOLD_SIZE = 99

const missing = (issue: { input?: unknown }) => issue.input === undefined || issue.input === null

function count(label: string, min: number, max: number, unit: string) {
  const message = `${label}应为不小于${min}的整数`
  return z
    .number({ error: (issue) => (missing(issue) ? `${label}不能为空` : message) })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: `${label}不能超过${max}${unit}` })
    .meta({ title: label })
}

/** An optional yes/no: absent or null means no. */
function flag(label: string) {
  return z
    .boolean({ error: `${label}应为 true（是）或 false（否）` })
    .nullish()
    .transform((value) => value ?? false)
    .meta({ title: label })
}

function optionalYuan(label: string) {
  return yuanAmount(label)
    .nullish()
    .transform((fen) => fen ?? 0)
}

const monthlyIncome = z
  .array(z.unknown(), { error: (issue) => (missing(issue) ? '每月收入不能为空' : '每月收入应为按月排列的金额列表（元，从早到晚）') })
  .min(MIN_INCOME_MONTHS, { error: `每月收入至少需要${MIN_INCOME_MONTHS}个月` })
  .max(MAX_INCOME_MONTHS, { error: `每月收入最多填写${MAX_INCOME_MONTHS}个月` })
  .transform((months, ctx) =>
    months.map((value, i) => {
      const parsed = parseYuan(value)
      if (parsed.ok) return parsed.fen
      ctx.addIssue({ code: 'custom', message: `每月收入第${i + 1}个月${parsed.reason}`, path: [i], input: value })
      return 0
    }),
  )
  .meta({ title: '每月收入', description: '家庭每月可支配收入（元，含低保金），从早到晚，至少6个月，只看最近6个月' })

const specialReasonsText = 'illness（患病）、schooling（子女上学）、disability（残疾）、singleParent（单亲）、other（其他）'
const suddenHardshipText = 'accident（突发事件或意外伤害）、majorIllness（重大疾病）、disaster（自然灾害）、other（其他）'

const specialReasons = z
  .array(z.enum(SPECIAL_REASONS, { error: `特殊困难原因只能是 ${specialReasonsText}` }), { error: `特殊困难原因应为列表，可选 ${specialReasonsText}` })
  .nullish()
  .transform((reasons) => [...new Set(reasons ?? [])])
  .meta({ title: '特殊困难原因' })

const suddenEnum = z.enum(SUDDEN_HARDSHIPS)
/** One value, or several: a household may be hit by more than one event. */
const suddenHardship = z
  .union([suddenEnum, z.array(suddenEnum)], { error: `突发困难只能是 ${suddenHardshipText}` })
  .nullish()
  .transform((value) => [...new Set(value === null || value === undefined ? [] : Array.isArray(value) ? value : [value])])
  .meta({ title: '突发困难' })

/** The household's side of the assessment. */
export const householdFields = () => ({
  householdSize: count('家庭人口', 1, MAX_HOUSEHOLD_SIZE, '人'),
  monthlyIncome,
  receivesDibao: flag('是否领取低保'),
  specialReasons,
  specialExpensesAnnual: optionalYuan('特殊困难年度必要支出'),
  suddenHardship,
  suddenExpensesAnnual: optionalYuan('突发困难年度必要支出'),
  homesOwned: count('自有产权住房套数', 0, 99, '套').nullish(),
  ownsCommercialPremises: flag('是否拥有商业店铺'),
  employsOthers: flag('是否雇佣他人从事经营活动'),
  childAtHighFeeSchoolOrAbroad: flag('子女是否就读高收费私立学校或自费出国留学'),
  usesVehiclesNotAsEmployee: flag('是否非受雇佣经常使用机动车辆、船舶、工程机械或大型农机具'),
  refusedInvestigation: flag('是否拒绝调查核实家庭财产和收入'),
  blacklisted: flag('是否已列入建档黑名单'),
})

type HouseholdOutput = z.output<z.ZodObject<ReturnType<typeof householdFields>>>

export function toHouseholdFacts(v: HouseholdOutput): HouseholdFacts {
  return {
    householdSize: v.householdSize,
    monthlyIncomeFen: v.monthlyIncome,
    receivesDibao: v.receivesDibao,
    specialReasons: v.specialReasons,
    specialExpensesAnnualFen: v.specialExpensesAnnual,
    suddenHardships: v.suddenHardship,
    suddenExpensesAnnualFen: v.suddenExpensesAnnual,
    homesOwned: v.homesOwned ?? 0,
    ownsCommercialPremises: v.ownsCommercialPremises,
    employsOthers: v.employsOthers,
    childAtHighFeeSchoolOrAbroad: v.childAtHighFeeSchoolOrAbroad,
    usesVehiclesNotAsEmployee: v.usesVehiclesNotAsEmployee,
    refusedInvestigation: v.refusedInvestigation,
    blacklisted: v.blacklisted,
  }
}

/** The self-check page's input: the household alone (the standard comes from the employee's region). */
export const householdFactsInput = () => z.object(householdFields()).transform(toHouseholdFacts)
