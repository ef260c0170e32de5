/**
 * Money is integer fen everywhere inside; yuan only at the edges. Parsing is
 * exact (decimal text, never float arithmetic) and refuses a third decimal
 * rather than rounding it away. Rounding exists for display only: the
 * eligibility rules compare exact integers (cross-multiplied), never a
 * rounded figure.
 */
import { z } from 'zod'

/** One hundred million yuan: far above any household figure, far below Number.MAX_SAFE_INTEGER even after cross-multiplying. */
export const MAX_YUAN = 100_000_000

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: string }

const DECIMAL = /^(\d+)(?:\.(\d*))?$/

function decimalText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null
  if (typeof value === 'string') return value.trim()
  return null
}

/** Yuan (a number or decimal text such as "550.5") → integer fen, or the Chinese reason it is refused. */
export function parseYuan(value: unknown): YuanParse {
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, reason: '应为有限的数字' }
  const text = decimalText(value)
  if (text === '') return { ok: false, reason: '不能为空' }
  if (text === null) return { ok: false, reason: '应为金额数字（元）' }
  if (text.startsWith('-')) return { ok: false, reason: '不能为负数' }
  const match = DECIMAL.exec(text)
  if (!match) return { ok: false, reason: '应为金额数字（元），最多两位小数' }
  const fraction = (match[2] ?? '').replace(/0+$/, '')
  if (fraction.length > 2) return { ok: false, reason: '最多只能有两位小数（精确到分）' }
  const yuan = Number(match[1])
  if (yuan > MAX_YUAN) return { ok: false, reason: `不能超过${MAX_YUAN / 10_000}万元` }
  const fen = yuan * 100 + Number(fraction.padEnd(2, '0'))
  if (fen > MAX_YUAN * 100) return { ok: false, reason: `不能超过${MAX_YUAN / 10_000}万元` }
  return { ok: true, fen }
}

/** For figures written in code (policy data): a bad figure is a programming error. */
export function yuanToFen(yuan: number): number {
  const parsed = parseYuan(yuan)
  if (!parsed.ok) throw new Error(`Invalid yuan amount ${yuan}: ${parsed.reason}`)
  return parsed.fen
}

/** Integer fen → yuan as a JSON number (550.01). Exact for every integer fen in range. */
export function fenToYuan(fen: number): number {
  return fen / 100
}

/**
 * numerator / denominator rounded to an integer, halves away from zero
 * ("四舍五入"). Integers in, integer out: no float division is involved.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new Error(`divideRoundHalfUp needs integers and a positive denominator, got ${numerator}/${denominator}`)
  }
  const doubled = 2 * Math.abs(numerator) + denominator
  // Subtract the remainder first so the division is exact: no float rounding can creep in.
  const result = (doubled - (doubled % (2 * denominator))) / (2 * denominator)
  return numerator < 0 && result !== 0 ? -result : result
}

/** Integer fen → "550.01" (always two decimals), for sentences a person reads. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const magnitude = Math.abs(fen)
  const yuan = Math.floor(magnitude / 100)
  const cents = String(magnitude % 100).padStart(2, '0')
  return `${sign}${yuan}.${cents}`
}

/**
 * A yuan amount field that yields integer fen. Accepts a JSON number or
 * decimal text (form inputs give text); every message names the field.
 */
function amountInput(label: string) {
  return z.union([z.number(), z.string()], {
    error: (issue) => (issue.input === undefined || issue.input === null ? `${label}不能为空` : `${label}应为金额数字（元）`),
  })
}

function toFen(label: string) {
  return (value: number | string, ctx: z.RefinementCtx): number => {
    const parsed = parseYuan(value)
    if (parsed.ok) return parsed.fen
    ctx.addIssue({ code: 'custom', message: `${label}${parsed.reason}`, input: value })
    return z.NEVER
  }
}

export function yuanAmount(label: string) {
  return amountInput(label).transform(toFen(label)).meta({ title: label, description: '金额（元），最多两位小数' })
}

/** Optional: absent, null or empty text is `undefined`. */
export function optionalYuanAmount(label: string) {
  return amountInput(label)
    .nullish()
    .transform((value, ctx) => (value === undefined || value === null || value === '' ? undefined : toFen(label)(value, ctx)))
    .meta({ title: label, description: '金额（元），最多两位小数' })
}
