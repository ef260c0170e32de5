/**
 * Money typed in yuan (≤ 2 decimals), kept as integer fen. Parsed from the
 * text, never by multiplying a float, so 0.29 yuan is 29 fen exactly.
 * Named like shared/money.ts (written in parallel) so a merge swaps imports;
 * unlike its parseYuan, '1.500' is refused: three decimals typed are three decimals.
 */
import { z } from 'zod'

/** One hundred million yuan: beyond any household's figures, inside exact integers. */
export const MAX_FEN = 10_000_000_000

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: string }

/** `'1234.5'` or `1234.5` → 123450 fen; the reason is a phrase to follow the field's label. */
export function parseYuan(input: string | number): YuanParse {
  const text = typeof input === 'number' ? String(input) : input.trim()
  if (text === '') return { ok: false, reason: '不能为空' }
  if (text.startsWith('-')) return { ok: false, reason: '不能为负数' }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return { ok: false, reason: '应为金额（元），如1234.56' }
  const [, whole = '', fraction = ''] = match
  if (fraction.length > 2) return { ok: false, reason: '最多保留两位小数' }
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (fen > MAX_FEN) return { ok: false, reason: '金额过大，请核对' }
  return { ok: true, fen }
}

/** 123450 → '1234.50'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** a ÷ b rounded half-up to a whole number, in integers only (a ≥ 0, b > 0). */
export function divideRoundHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b))
}

function moneyInput(label: string) {
  return z.union([z.string(), z.number()], {
    error: (issue) => (issue.input === undefined || issue.input === null ? `${label}不能为空` : `${label}应为金额（元）`),
  })
}

/** Required: yuan in, integer fen out. */
export function money(label: string) {
  return moneyInput(label)
    .transform((value, ctx) => {
      const result = parseYuan(value)
      if (result.ok) return result.fen
      ctx.addIssue({ code: 'custom', message: `${label}${result.reason}`, input: value })
      return z.NEVER
    })
    .meta({ title: label, description: '金额（元），最多两位小数' })
}

/** Optional: empty or absent is `undefined`. */
export function optionalMoney(label: string) {
  return moneyInput(label)
    .nullish()
    .transform((value, ctx) => {
      if (value === undefined || value === null || value === '') return undefined
      const result = parseYuan(value)
      if (result.ok) return result.fen
      ctx.addIssue({ code: 'custom', message: `${label}${result.reason}`, input: value })
      return z.NEVER
    })
    .meta({ title: label, description: '金额（元），最多两位小数' })
}
