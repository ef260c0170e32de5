/**
 * The inputs of the `files` function (contract of issue 11: keep the field
 * names). Every message names its field in Chinese; money arrives in yuan and
 * leaves in fen.
 */
import { z } from 'zod'
import { applicationIdField } from '../application/application.schema'
import { optionalText, pastDate } from '../file-form/form-fields'
import { reference, requiredText, type RuleContext } from '../shared/fields'
import { yuanAmount } from '../shared/money'

/** 认定书 proposals (seed 001 附件4 效果评价). */
export const PROPOSALS = ['脱困', '解困', '效果不理想'] as const
export type Proposal = (typeof PROPOSALS)[number]

export const PROPOSAL_LABELS: Record<Proposal, string> = {
  脱困: '脱困，建议注销档案',
  解困: '解困，建议继续帮扶',
  效果不理想: '效果不理想，建议继续帮扶',
}

/** 注销 reasons: seed 001 (二) 原档案清理和注销, plus 不再符合建档条件 and 弄虚作假 (seed 001 一（三）4, seed 004 三(三)). */
export const CANCEL_REASONS = ['死亡', '调离', '解除（终止）劳动合同', '辞职', '脱困', '不再符合建档条件', '弄虚作假'] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]

const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}应为${values.join('、')}之一` }).meta({ title: label })

const id = () => ({ applicationId: applicationIdField() })

/** A year of the file's life: from 2000 to the current one. */
export const yearField = (rules: RuleContext) => {
  const current = Number(rules.today.slice(0, 4))
  return z
    .number({ error: '年度应为数字，如2026' })
    .int({ error: '年度应为整数，如2026' })
    .min(2000, { error: '年度不能早于2000年' })
    .max(current, { error: `年度不能晚于${current}年` })
    .meta({ title: '年度' })
}

export const evaluateInput = (rules: RuleContext) =>
  z.object({
    ...id(),
    year: yearField(rules),
    perCapitaMonthlyIncome: yuanAmount('家庭人均收入（元/月）'),
    description: requiredText('效果描述', 1000),
    causesRemoved: z.boolean({ error: '致困因素是否消除应为是或否' }).meta({ title: '致困因素是否消除' }),
    proposal: oneOf('认定建议', PROPOSALS),
    reason: optionalText('与系统建议不同的理由', 500),
  })
export type EvaluateInput = z.output<ReturnType<typeof evaluateInput>>

export const certifyInput = (rules: RuleContext) => z.object({ ...id(), year: yearField(rules) })

export const cancelInput = (rules: RuleContext) =>
  z.object({
    ...id(),
    reason: oneOf('注销原因', CANCEL_REASONS),
    date: pastDate('注销日期', rules),
    remarks: optionalText('备注', 500),
  })
export type CancelInput = z.output<ReturnType<typeof cancelInput>>

export const restoreInput = () => z.object({ ...id() })

export const yearInput = (rules: RuleContext) => z.object({ year: yearField(rules) })

export const rosterInput = (rules: RuleContext) => z.object({ unionId: reference('工会'), year: yearField(rules) })
export type RosterInput = z.output<ReturnType<typeof rosterInput>>

/** The export: .xlsx by default (the contract), .docx for printing. */
export const rosterExportInput = (rules: RuleContext) =>
  rosterInput(rules).extend({ format: z.enum(['xlsx', 'docx'], { error: '导出格式应为xlsx或docx' }).optional().meta({ title: '导出格式' }) })

/** The engine's exit suggestion against the proposal: a reason is needed to go against it. */
export function missingProposalReason(proposal: Proposal, exitMet: boolean, reason: string | undefined): string | undefined {
  if (reason) return undefined
  if (proposal === '脱困' && !exitMet) return '系统测算未达到脱困条件（近6个月人均收入均高于低保标准且致困因素消除），认定脱困须写明理由'
  if (proposal === '解困' && exitMet) return '系统测算已达到脱困条件，认定解困须写明理由'
  return undefined
}
