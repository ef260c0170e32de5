/**
 * Inputs of the `assistance` function: the household's plan (一户一策), the
 * worker's confirmation, aid given (帮扶台账), campaigns, the ledger and its
 * export, corrections by reversal, the 联系卡 printout and the helper's view
 * of the household's contact details. Money arrives in yuan, leaves the
 * schema in fen. Measures, plans and kinds are checked against the file's
 * regional lists on the server (the schema cannot know the region).
 */
import { z } from 'zod'
import { applicationIdField } from '../application/application.schema'
import { optionalText, pastDate } from '../file-form/form-fields'
import { yuanAmount } from '../shared/money'
import { reference, requiredText, type RuleContext } from '../shared/fields'
import { uploadIdField } from '../upload/upload'
import { FUND_LEVELS } from './fund-rule'

const choiceList = (label: string) =>
  z
    .array(
      z
        .string({ error: `${label}应为选项文字` })
        .trim()
        .min(1, { error: `${label}不能有空项` })
        .max(50),
      { error: `${label}应为选项列表` },
    )
    .max(10, { error: `${label}最多10项` })
    .meta({ title: label, description: '选项编码或选项文字（按档案所在地区的列表）' })

/** The months a deadline may name on `today` (YYYY-MM-DD): this month to December five years on. The plan page's picker offers the same. */
export function deadlineBounds(today: string): { earliest: string; latest: string } {
  return { earliest: today.slice(0, 7), latest: `${Number(today.slice(0, 4)) + 5}-12` }
}

/** 'YYYY-MM': 帮扶任务完成时限 "____年__月底前实现解困脱困", this month or later, at most 5 years ahead. */
export function deadlineMonth(rules: RuleContext) {
  const { earliest: thisMonth, latest } = deadlineBounds(rules.today)
  return z
    .string({ error: '帮扶任务完成时限不能为空' })
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '帮扶任务完成时限应为年月，如2027-12' })
    .refine((m) => m >= thisMonth, { error: '帮扶任务完成时限不能早于本月' })
    .refine((m) => m <= latest, { error: '帮扶任务完成时限不能超过五年' })
    .meta({ title: '帮扶任务完成时限', description: '年月，如2027-12（该月底前实现解困脱困）' })
}

export const planInput = (rules: RuleContext) =>
  z.object({
    applicationId: applicationIdField(),
    measures: choiceList('解困脱困措施').min(1, { error: '请至少选择一项解困脱困措施' }),
    plans: choiceList('解困脱困计划').min(1, { error: '请至少选择一项解困脱困计划' }),
    otherMeasure: optionalText('其他措施（注明）', 50),
    otherPlan: optionalText('其他计划（注明）', 50),
    deadline: deadlineMonth(rules),
    notes: optionalText('备注', 500),
  })
export type PlanInput = z.output<ReturnType<typeof planInput>>

export const byApplication = () => z.object({ applicationId: applicationIdField() })

export const fundLevelField = () => z.enum(FUND_LEVELS, { error: `资金级别应为${FUND_LEVELS.join('、')}之一` }).meta({ title: '资金级别' })

const goodsField = () =>
  z
    .object({ name: requiredText('物资名称', 50), value: yuanAmount('物资价值') }, { error: '物资应包含名称（name）和价值（value，元）' })
    .optional()
    .meta({ title: '物资', description: '发放的物资及其折合价值（元）' })

/** What every aid carries, alone or in a campaign. */
const aidFields = (rules: RuleContext) => ({
  date: pastDate('帮扶日期', rules),
  kind: requiredText('帮扶类别', 20),
  amount: yuanAmount('帮扶金额'),
  fundLevel: fundLevelField(),
  project: optionalText('项目名称', 50),
  remarks: optionalText('备注', 200),
})

export const recordInput = (rules: RuleContext) =>
  z.object({
    applicationId: applicationIdField(),
    ...aidFields(rules),
    goods: goodsField(),
    fund: optionalText('资金来源', 50),
    handledBy: optionalText('经办人', 20),
    receiptUploadId: uploadIdField().optional().meta({ title: '签收单照片' }),
  })
export type RecordInput = z.output<ReturnType<typeof recordInput>>

export const MAX_CAMPAIGN = 2000

export const campaignInput = (rules: RuleContext) =>
  z.object({
    applicationIds: z
      .array(applicationIdField(), { error: '请选择要帮扶的困难职工' })
      .min(1, { error: '请至少选择一户' })
      .max(MAX_CAMPAIGN, { error: `一次最多${MAX_CAMPAIGN}户` })
      .meta({ title: '帮扶户' }),
    ...aidFields(rules),
    project: requiredText('项目名称', 50),
    goods: goodsField(),
    fund: optionalText('资金来源', 50),
  })
export type CampaignInput = z.output<ReturnType<typeof campaignInput>>

export const reverseInput = () =>
  z.object({
    entryId: reference('帮扶记录'),
    reason: requiredText('冲销原因', 200),
  })

const yearField = () => z.number({ error: '年度应为数字' }).int({ error: '年度应为整数' }).min(2000, { error: '年度不正确' }).max(2100, { error: '年度不正确' })

export const ledgerInput = () =>
  z.object({
    applicationId: applicationIdField().optional(),
    year: yearField().optional().meta({ title: '年度' }),
  })

export const exportInput = () =>
  z.object({
    applicationId: applicationIdField().optional(),
    unionId: reference('工会').optional(),
    year: yearField().optional().meta({ title: '年度' }),
  })

export const householdsInput = () =>
  z.object({
    unionId: reference('工会').optional(),
    category: optionalText('困难类别', 20),
    cause: optionalText('致困原因', 50),
    atSchool: z.boolean({ error: '有在读子女应为是或否' }).optional().meta({ title: '有在读子女' }),
  })

export const CARD_COPIES = ['helper', 'worker'] as const
export type CardCopy = (typeof CARD_COPIES)[number]
export const CARD_COPY_LABELS: Record<CardCopy, string> = { helper: '帮扶责任人存', worker: '困难职工存' }

export const printCardInput = () =>
  z.object({ applicationId: applicationIdField(), copy: z.enum(CARD_COPIES, { error: '联系卡应为帮扶责任人存或困难职工存' }).meta({ title: '联系卡' }) })
