/**
 * The `assess` request: the household plus where the standard comes from —
 * given outright (`standard`), or looked up by region and date (`regionCode`
 * + `asOf`). Both may be given: the explicit standard then replaces the
 * region's B and L while the region's other terms still apply.
 */
import { z } from 'zod'
import { isoDate } from '../shared/dates'
import { yuanAmount } from '../shared/money'
import { householdFields, toHouseholdFacts } from './eligibility.schema'

const standardInput = z
  .object(
    {
      minimumLiving: yuanAmount('低保标准').refine((fen) => fen > 0, { error: '低保标准应大于0' }),
      lowIncome: yuanAmount('低收入标准').optional(),
    },
    { error: '标准应为对象，例如 {"minimumLiving": 550}' },
  )
  .refine((s) => s.lowIncome === undefined || s.lowIncome >= s.minimumLiving, { error: '低收入标准不能低于低保标准', path: ['lowIncome'] })
  .transform((s) => ({ minimumLivingFen: s.minimumLiving, ...(s.lowIncome === undefined ? {} : { lowIncomeFen: s.lowIncome }) }))
  .meta({ title: '标准', description: '低保标准与低收入标准（元/人/月）；低收入标准缺省为低保标准的1.5倍' })

const REGION_MESSAGE = '地区代码应为6位行政区划代码（如130306）'
const regionCode = z
  .union([z.string(), z.number()], { error: REGION_MESSAGE })
  .transform((value) => String(value).trim())
  .refine((code) => /^[1-9]\d{5}$/.test(code), { error: REGION_MESSAGE })
  .meta({ title: '地区代码', description: 'GB/T 2260 行政区划代码，县 → 市 → 省依次查找' })

const asOf = isoDate('评估日期', { formatHint: '应为YYYY-MM-DD格式的日期', description: '按该日期有效的地区标准评估（YYYY-MM-DD）' })

/** Cross-field rules run even when a field is wrong (so every problem is listed at once), but only on an object. */
const onObject = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) }

export const NEEDS_STANDARD = '请提供低保标准 standard.minimumLiving，或地区代码 regionCode 与评估日期 asOf'
const NEEDS_DATE = '按地区代码评估时需要提供评估日期 asOf（YYYY-MM-DD）'

export const assessRequestInput = () =>
  z
    .object(
      { ...householdFields(), standard: standardInput.optional(), regionCode: regionCode.optional(), asOf: asOf.optional() },
      { error: '输入应为一个JSON对象' },
    )
    .refine((v) => v.standard !== undefined || v.regionCode !== undefined, { error: NEEDS_STANDARD, path: ['standard'], ...onObject })
    .refine((v) => v.regionCode === undefined || v.asOf !== undefined, { error: NEEDS_DATE, path: ['asOf'], ...onObject })
    .transform((v) => ({ facts: toHouseholdFacts(v), standard: v.standard, regionCode: v.regionCode, asOf: v.asOf }))

export type AssessRequest = z.output<ReturnType<typeof assessRequestInput>>
