/**
 * The one parser of calendar dates for every date field ('YYYY-MM-DD', China
 * time; optionally 'YYYY-MM-DD HH:mm'), and the zod schema built on it.
 * It never throws: `new Date('2026-13-01T00:00:00Z').toISOString()` does, and
 * three copies of that check once answered '0000-00-00' with a 500.
 */
import { z } from 'zod'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d$/

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/** Is `text` a day of the calendar written 'YYYY-MM-DD'? `0000-00-00`, `2026-13-01`, `2026-01-00`, `2026-02-30` are not. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
}

export type DateRules = {
  /** Earlier dates are "不是有效日期" (default 1900-01-01: nothing in a file is older). */
  earliest?: string
  /** Usually today (RuleContext.today): later dates are "不能晚于今天". */
  latest?: string
  /** Also accept a time of day, 'YYYY-MM-DD HH:mm'. */
  withTime?: boolean
  /** What to say when the text is not shaped like a date (after the label). */
  formatHint?: string
}

export const DEFAULT_DATE_HINT = '应为日期，如2026-11-23'

/** Why `text` is not an acceptable date, as a phrase to follow the field's label; undefined when it is. */
export function dateProblem(text: string, rules: DateRules = {}): string | undefined {
  const timed = rules.withTime ? DATE_TIME.exec(text) : null
  const date = timed ? (timed[1] ?? '') : text
  if (!DATE.test(date)) return rules.formatHint ?? DEFAULT_DATE_HINT
  if (!isCalendarDate(date) || date < (rules.earliest ?? '1900-01-01')) return '不是有效日期'
  return rules.latest !== undefined && date > rules.latest ? '不能晚于今天' : undefined
}

/** A required date field: trimmed text, every message naming `label`. */
export function isoDate(label: string, rules: DateRules & { description?: string } = {}) {
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `${label}不能为空` : `${label}应为文字`) })
    .trim()
    .superRefine((text, ctx) => {
      const problem = text === '' ? '不能为空' : dateProblem(text, rules)
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}${problem}` })
    })
    .meta({ title: label, description: rules.description ?? '日期，如2026-11-23' })
}
