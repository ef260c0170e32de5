/**
 * Fields chosen from a value list: the client sends the item's code; the
 * union's own list (its regional set) decides what is accepted.
 */
import { z } from 'zod'
import type { ValueList } from '../value-lists/value-list'

function codesOf(list: ValueList): ReadonlySet<string> {
  return new Set(list.map((item) => item.code))
}

const notInList = (label: string) => `${label}不在可选范围内，请重新选择`

/** Exactly one code from the list. */
export function choice(label: string, list: ValueList) {
  const codes = codesOf(list)
  return z
    .string({ error: `请选择${label}` })
    .min(1, { error: `请选择${label}`, abort: true })
    .refine((code) => codes.has(code), { error: notInList(label) })
    .meta({ title: label })
}

/** At most one code; empty or absent is `undefined`. */
export function optionalChoice(label: string, list: ValueList) {
  const codes = codesOf(list)
  return z
    .string({ error: `${label}应为选项` })
    .nullish()
    .transform((code, ctx) => {
      if (code === undefined || code === null || code === '') return undefined
      if (codes.has(code)) return code
      ctx.addIssue({ code: 'custom', message: notInList(label), input: code })
      return z.NEVER
    })
    .meta({ title: label })
}

export type ChoicesBounds = { min?: number; max?: number }

/** Problems of a multiple choice, in the order a person would fix them. */
function choicesProblem(label: string, codes: readonly string[], allowed: ReadonlySet<string>, bounds: ChoicesBounds): string | undefined {
  if (codes.some((code) => !allowed.has(code))) return `${label}含有不在可选范围内的选项，请重新选择`
  if (new Set(codes).size !== codes.length) return `${label}不能重复选择`
  if (bounds.min !== undefined && codes.length < bounds.min) return bounds.min === 1 ? `请选择${label}` : `${label}至少选${bounds.min}项`
  if (bounds.max !== undefined && codes.length > bounds.max) return `${label}最多选${bounds.max}项`
  return undefined
}

/** Several distinct codes from the list; absent is an empty list. */
export function choices(label: string, list: ValueList, bounds: ChoicesBounds = {}) {
  const allowed = codesOf(list)
  return z
    .array(z.string({ error: `${label}应为选项` }), { error: `${label}应为选项列表` })
    .nullish()
    .transform((codes, ctx) => {
      const value = codes ?? []
      const problem = choicesProblem(label, value, allowed, bounds)
      if (problem === undefined) return value
      ctx.addIssue({ code: 'custom', message: problem, input: codes })
      return z.NEVER
    })
    .meta({ title: label })
}
