/**
 * Field builders: each knows its Chinese label, so every message names the
 * field ("身份证号校验位不正确") on the phone and on the server alike.
 */
import { z } from 'zod'
import { parseIdNumber } from './id-number'

/** What rules may depend on besides the input: today's date, from the Clock. */
export type RuleContext = { today: string }

function missingOr(label: string, wrongType: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${label}不能为空` : `${label}${wrongType}`)
}

export function requiredText(label: string, max = 50) {
  return z
    .string({ error: missingOr(label, '应为文字') })
    .trim()
    .min(1, { error: `${label}不能为空` })
    .max(max, { error: `${label}不能超过${max}个字` })
    .meta({ title: label })
}

export function personName(label: string) {
  return requiredText(label, 20).regex(/^[\u3400-\u9fff·]{2,20}$/u, { error: `${label}应为2至20个汉字（少数民族姓名可用·分隔）` })
}

export function mobileNumber(label: string) {
  return z
    .string({ error: missingOr(label, '应为文字') })
    .trim()
    .regex(/^1[3-9]\d{9}$/, { error: `${label}应为11位手机号，以1开头` })
    .meta({ title: label })
}

/** Validates and normalises (upper-case X, 15 → 18 digits). */
export function idNumber(label: string, rules: RuleContext) {
  return z
    .string({ error: missingOr(label, '应为文字') })
    .transform((value, ctx) => {
      const result = parseIdNumber(value, rules.today)
      if (result.valid) return result.normalized
      ctx.addIssue({ code: 'custom', message: `${label}${result.reason}`, input: value })
      return z.NEVER
    })
    .meta({ title: label, description: '18位居民身份证号（15位旧号自动升位）' })
}

export function reference(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .min(1, { error: `请选择${label}` })
    .max(64, { error: `${label}不正确` })
    .meta({ title: label })
}

export function expectedVersion() {
  return z.number({ error: '版本号应为数字' }).int().min(0).optional().meta({ title: '读取时的版本号' })
}
