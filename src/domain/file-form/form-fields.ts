/**
 * File-form field builders beyond shared/fields.ts: optional text, past dates
 * and months, yes/no, counts, codes. Each names its field in every message.
 * Optional fields take '' or null from a form as "not filled".
 */
import { z } from 'zod'
import { dateProblem } from '../shared/dates'
import type { RuleContext } from '../shared/fields'

type Problem = string | undefined

function missingOr(label: string, wrongType: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${label}不能为空` : `${label}${wrongType}`)
}

/** A string field whose whole check is `problem`; '' and absence are "missing". */
function checkedText(label: string, problem: (text: string) => Problem, normalise: (text: string) => string = (t) => t.trim()) {
  return z.string({ error: missingOr(label, '应为文字') }).transform((raw, ctx) => {
    const text = normalise(raw)
    const reason = text === '' ? '不能为空' : problem(text)
    if (reason === undefined) return text
    ctx.addIssue({ code: 'custom', message: `${label}${reason}`, input: raw })
    return z.NEVER
  })
}

/** The optional twin of `checkedText`: '', null and absence are `undefined`. */
function optionalCheckedText(label: string, problem: (text: string) => Problem, normalise: (text: string) => string = (t) => t.trim()) {
  return z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform((raw, ctx) => {
      const text = normalise(raw ?? '')
      if (text === '') return undefined
      const reason = problem(text)
      if (reason === undefined) return text
      ctx.addIssue({ code: 'custom', message: `${label}${reason}`, input: raw })
      return z.NEVER
    })
}

const maxLength = (max: number) => (text: string) => (Array.from(text).length > max ? `不能超过${max}个字` : undefined)

export function optionalText(label: string, max = 50) {
  return optionalCheckedText(label, maxLength(max)).meta({ title: label })
}

function pastDateProblem(rules: RuleContext) {
  return (text: string): Problem => dateProblem(text, { latest: rules.today, formatHint: '应为日期，如2018-03-15' })
}

/** 'YYYY-MM-DD', not after today. */
export function pastDate(label: string, rules: RuleContext) {
  return checkedText(label, pastDateProblem(rules)).meta({ title: label, description: '日期，如2018-03-15' })
}

export function optionalPastDate(label: string, rules: RuleContext) {
  return optionalCheckedText(label, pastDateProblem(rules)).meta({ title: label, description: '日期，如2018-03-15' })
}

/** 'YYYY-MM' (a full date is accepted and cut to its month), not after this month. */
export function pastMonth(label: string, rules: RuleContext) {
  const problem = (text: string): Problem => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return '应为年月，如2008-07'
    if (text < '1900-01') return '不是有效年月'
    return text > rules.today.slice(0, 7) ? '不能晚于本月' : undefined
  }
  const toMonth = (raw: string) => {
    const text = raw.trim()
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text.slice(0, 7) : text
  }
  return checkedText(label, problem, toMonth).meta({ title: label, description: '年月，如2008-07' })
}

function integerIn(label: string, min: number, max: number, unit: string) {
  return (value: number | string, ctx: z.RefinementCtx): number => {
    const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN
    if (Number.isInteger(n) && n >= min && n <= max) return n
    ctx.addIssue({ code: 'custom', message: `${label}应为${min}至${max}之间的整数${unit}`, input: value })
    return z.NEVER
  }
}

/** Whole number in [min, max], typed as a number or digits. */
export function requiredInteger(label: string, min: number, max: number, unit = '') {
  const check = integerIn(label, min, max, unit)
  return z
    .union([z.number(), z.string()], { error: missingOr(label, '应为整数') })
    .transform((value, ctx) => {
      if (value !== '') return check(value, ctx)
      ctx.addIssue({ code: 'custom', message: `${label}不能为空`, input: value })
      return z.NEVER
    })
    .meta({ title: label })
}

/** Optional whole number in [min, max]; '' and null are `undefined`. */
export function optionalInteger(label: string, min: number, max: number, unit = '') {
  const check = integerIn(label, min, max, unit)
  return z
    .union([z.number(), z.string()], { error: `${label}应为整数` })
    .nullish()
    .transform((value, ctx) => (value === undefined || value === null || value === '' ? undefined : check(value, ctx)))
    .meta({ title: label })
}

/** Optional year, not after this year. */
export function optionalPastYear(label: string, rules: RuleContext) {
  return optionalInteger(label, 1900, Number(rules.today.slice(0, 4)), '年份')
}

/** Optional 是/否: `true`, `false` or unanswered. */
export function yesNo(label: string) {
  return z
    .boolean({ error: `请选择${label}（是或否）` })
    .nullish()
    .transform((value) => value ?? undefined)
    .meta({ title: label })
}

export function optionalPostalCode(label: string) {
  return optionalCheckedText(label, (t) => (/^\d{6}$/.test(t) ? undefined : '应为6位数字')).meta({ title: label })
}

/** Optional mobile number, same rule as shared `mobileNumber`. */
export function optionalMobile(label: string) {
  return optionalCheckedText(label, (t) => (/^1[3-9]\d{9}$/.test(t) ? undefined : '应为11位手机号，以1开头')).meta({ title: label })
}

/** GB/T 2260 county-level code: six digits, the first not 0. */
export function regionCode(label: string) {
  return checkedText(label, (t) => (/^[1-9]\d{5}$/.test(t) ? undefined : '应为6位行政区划代码')).meta({ title: label })
}

/** A bank card number is 12 to 19 digits (bank cards and passbook accounts alike). */
const bankCardProblem = (t: string): Problem => (/^\d{12,19}$/.test(t) ? undefined : '应为12至19位数字')
const withoutSpaces = (t: string) => t.replace(/\s/g, '')

/** 12 to 19 digits; spaces typed for readability are dropped. */
export function bankCardNumber(label: string) {
  return checkedText(label, bankCardProblem, withoutSpaces).meta({ title: label, description: '12至19位数字' })
}

/** The optional twin, where policy does not require bank details: blank is `undefined`, anything typed must be 12 to 19 digits. */
export function optionalBankCardNumber(label: string) {
  return optionalCheckedText(label, bankCardProblem, withoutSpaces).meta({ title: label, description: '12至19位数字' })
}

/** Required 是/否. */
export function requiredYesNo(label: string) {
  return z
    .boolean({ error: (issue) => (issue.input === undefined || issue.input === null ? `请选择${label}` : `请选择${label}（是或否）`) })
    .meta({ title: label })
}

/** Optional area in m², at most two decimals. */
export function optionalArea(label: string, max = 100_000) {
  return z
    .union([z.number(), z.string()], { error: `${label}应为数字` })
    .nullish()
    .transform((value, ctx) => {
      if (value === undefined || value === null || value === '') return undefined
      const text = String(value).trim()
      const n = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN
      if (n <= max) return n
      ctx.addIssue({ code: 'custom', message: `${label}应为不超过${max}的数字，最多两位小数`, input: value })
      return z.NEVER
    })
    .meta({ title: label })
}
