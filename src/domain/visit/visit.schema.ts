/**
 * A helper's home visit (入户走访) as the phone sends it, and the other inputs
 * of the `visit` function. The same schemas check the form on the phone and
 * the request on the server; every message names its field in Chinese.
 * Money arrives in yuan and leaves in fen.
 */
import { z } from 'zod'
import { applicationIdField } from '../application/application.schema'
import { optionalText, requiredYesNo } from '../file-form/form-fields'
import { isoDate } from '../shared/dates'
import { parseYuan } from '../shared/money'
import { reference, requiredText, type RuleContext } from '../shared/fields'
import { uploadIdField } from '../upload/upload'

export const VISIT_TYPES = ['survey', 'routine', 'plan', 'evaluation', 'condolence'] as const
export type VisitType = (typeof VISIT_TYPES)[number]
export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  survey: '入户调查',
  routine: '日常走访',
  plan: '制定帮扶计划',
  evaluation: '年终评价',
  condolence: '送温暖慰问',
}

export const MAX_VISIT_PHOTOS = 9
export const VISIT_INCOME_MONTHS = 6

/** 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm' (China time), a real date, not after today. */
const happenedAt = (rules: RuleContext) =>
  isoDate('走访时间', {
    withTime: true,
    earliest: '2000-01-01',
    latest: rules.today,
    formatHint: '应为日期或日期加时间，如2026-03-05或2026-03-05 09:30',
    description: '日期或日期加时间，如2026-03-05 09:30（北京时间）',
  })

const monthlyIncome = () =>
  z
    .array(z.unknown(), { error: '家庭月收入应为按月排列的金额列表（元）' })
    .length(VISIT_INCOME_MONTHS, { error: `家庭月收入应填写近${VISIT_INCOME_MONTHS}个月` })
    .transform((months, ctx) =>
      months.map((value, i) => {
        const parsed = parseYuan(value)
        if (parsed.ok) return parsed.fen
        ctx.addIssue({ code: 'custom', message: `第${i + 1}个月家庭收入${parsed.reason}`, path: [i], input: value })
        return 0
      }),
    )
    .optional()
    .meta({ title: '更新的家庭月收入', description: `近${VISIT_INCOME_MONTHS}个月家庭可支配收入（元，从早到晚）；填写后重新评估` })

const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `${label}应为数字` })
    .min(-limit, { error: `${label}应在-${limit}至${limit}之间` })
    .max(limit, { error: `${label}应在-${limit}至${limit}之间` })
    .meta({ title: label })

const location = () =>
  z
    .object(
      {
        latitude: coordinate('纬度', 90),
        longitude: coordinate('经度', 180),
        accuracy: z
          .number({ error: '定位精度应为数字（米）' })
          .min(0, { error: '定位精度不能为负数' })
          .max(100_000)
          .optional()
          .meta({ title: '定位精度（米）' }),
      },
      { error: '走访位置应包含纬度和经度' },
    )
    .optional()
    .meta({ title: '走访位置', description: '手机定位，仅在帮扶责任人同意时提交' })

const measure = () =>
  z.object({ text: requiredText('帮扶措施', 200), delivered: requiredYesNo('帮扶措施是否已落实') }, { error: '帮扶措施应包含内容和是否已落实' })

const acknowledgment = () =>
  z
    .object({ acknowledged: requiredYesNo('职工是否确认'), by: optionalText('确认人姓名', 20) }, { error: '请填写职工确认情况' })
    .refine((a) => !a.acknowledged || a.by !== undefined, { error: '职工已确认时请填写确认人姓名', path: ['by'] })
    .meta({ title: '职工确认' })

const photos = () =>
  z
    .array(uploadIdField('走访照片'), { error: '请上传走访照片' })
    .min(1, { error: '请至少上传1张走访照片' })
    .max(MAX_VISIT_PHOTOS, { error: `走访照片最多${MAX_VISIT_PHOTOS}张` })
    .refine((ids) => new Set(ids).size === ids.length, { error: '走访照片不能重复' })
    .meta({ title: '走访照片' })

export const fileVisitInput = (rules: RuleContext) =>
  z
    .object({
      applicationId: applicationIdField(),
      type: z.enum(VISIT_TYPES, { error: `走访类型应为${Object.values(VISIT_TYPE_LABELS).join('、')}之一` }).meta({ title: '走访类型' }),
      happenedAt: happenedAt(rules),
      participants: z
        .array(requiredText('参与人员姓名', 20), { error: '请填写参与走访的人员' })
        .min(1, { error: '请至少填写1名参与人员' })
        .max(10, { error: '参与人员最多10名' })
        .meta({ title: '参与人员' }),
      situation: requiredText('家庭情况', 2000),
      changes: optionalText('变化情况', 2000),
      monthlyIncome: monthlyIncome(),
      measures: z.array(measure(), { error: '帮扶措施应为列表' }).max(20, { error: '帮扶措施最多20项' }).default([]).meta({ title: '帮扶措施' }),
      photos: photos(),
      location: location(),
      locationConsent: z.boolean({ error: '是否同意记录位置应为是或否' }).optional().meta({ title: '同意记录位置' }),
      acknowledgment: acknowledgment(),
    })
    .refine((v) => !v.location || v.locationConsent === true, {
      error: '记录走访位置须先同意采集位置信息',
      path: ['locationConsent'],
    })

export type FileVisitInput = z.output<ReturnType<typeof fileVisitInput>>

export const listVisitsInput = () =>
  z.object({
    applicationId: applicationIdField(),
    /** From the previous page's `nextCursor`: the visits before the ones shown. */
    cursor: z.string({ error: '翻页参数应为文字' }).max(200, { error: '翻页参数不正确' }).optional().meta({ title: '翻页位置' }),
  })

export const pairHelpersInput = () =>
  z
    .object({
      applicationId: applicationIdField(),
      helperId: reference('帮扶责任人'),
      secondHelperId: reference('第二帮扶责任人').optional(),
    })
    .refine((v) => v.secondHelperId !== v.helperId, { error: '第二帮扶责任人不能与帮扶责任人相同', path: ['secondHelperId'] })

const complianceYear = (rules: RuleContext) =>
  z
    .number({ error: '年份应为数字' })
    .int({ error: '年份应为整数' })
    .min(2000, { error: '年份不能早于2000年' })
    .max(Number(rules.today.slice(0, 4)), { error: '年份不能晚于今年' })
    .optional()
    .meta({ title: '年份' })

export const complianceInput = (rules: RuleContext) => z.object({ year: complianceYear(rules) })

const complianceCursor = () => z.string({ error: '翻页位置应为文字' }).max(200, { error: '翻页位置过长' }).meta({ title: '翻页位置' })

/** The next page of the compliance view's helpers. */
export const complianceHelpersInput = (rules: RuleContext) =>
  z.object({
    year: complianceYear(rules),
    cursor: complianceCursor(),
  })

/** The next page of one of the compliance view's lists. */
export const complianceListInput = (rules: RuleContext) =>
  z.object({
    year: complianceYear(rules),
    list: z.enum(['underTarget', 'neverVisited', 'exitCandidates'], { error: '列表应为 underTarget、neverVisited 或 exitCandidates' }).meta({ title: '列表' }),
    cursor: complianceCursor(),
  })
