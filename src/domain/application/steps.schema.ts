/**
 * The input of each staff step on an application. Every message names its
 * field in Chinese; money arrives in yuan and leaves in fen.
 */
import { z } from 'zod'
import { CATEGORIES, type Category } from '../eligibility/eligibility'
import { optionalText, pastDate, requiredInteger } from '../file-form/form-fields'
import { isoDate } from '../shared/dates'
import { parseYuan } from '../shared/money'
import { reference, requiredText, type RuleContext } from '../shared/fields'
import { uploadIdField } from '../upload/upload'
import { applicationIdField } from './application.schema'
import { APPLICATION_STATUSES } from './application-machine'

export const FILE_LEVELS = ['全国级', '省级', '市级', '县(区)级', '基层级'] as const
export type FileLevel = (typeof FILE_LEVELS)[number]
export const FILE_TYPE_LABELS = ['城镇困难职工', '困难农民工'] as const
export type FileTypeLabel = (typeof FILE_TYPE_LABELS)[number]

export const VERIFIED_MONTHS = 6

const id = () => ({ applicationId: applicationIdField() })
const remarks = () => optionalText('备注', 500)
const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}应为${values.join('、')}之一` }).meta({ title: label })

const verifiedMonthlyIncome = () =>
  z
    .array(z.unknown(), { error: '核实的月收入应为按月排列的金额列表（元）' })
    .length(VERIFIED_MONTHS, { error: `核实的月收入应填写近${VERIFIED_MONTHS}个月` })
    .transform((months, ctx) =>
      months.map((value, i) => {
        const parsed = parseYuan(value)
        if (parsed.ok) return parsed.fen
        ctx.addIssue({ code: 'custom', message: `核实的第${i + 1}个月家庭收入${parsed.reason}`, path: [i], input: value })
        return 0
      }),
    )
    .optional()
    .meta({ title: '核实的家庭月收入', description: '入户调查核实的近6个月家庭可支配收入（元，从早到晚）' })

/** 不予建档 situations only a home visit can establish (seed 001 一（三）2): each a yes/no the investigators record. */
export const INVESTIGATION_FINDINGS = {
  ownsCommercialPremises: '拥有经营性商业店铺',
  employsOthers: '雇佣他人从事经营活动',
  childAtHighFeeSchoolOrAbroad: '子女就读高收费私立学校或自费出国留学',
  usesVehiclesNotAsEmployee: '非受雇佣经常使用机动车辆、船舶、工程机械或大型农机具',
  refusedInvestigation: '拒不配合入户调查和家庭收入、财产核查',
} as const
export type InvestigationFinding = keyof typeof INVESTIGATION_FINDINGS

const INVESTIGATION_FINDINGS_SHAPE = Object.fromEntries(
  Object.entries(INVESTIGATION_FINDINGS).map(([key, label]) => [
    key,
    z
      .boolean({ error: `${label}应为是或否` })
      .optional()
      .meta({ title: label }),
  ]),
) as Record<InvestigationFinding, z.ZodOptional<z.ZodBoolean>>

export const acceptInput = () => z.object({ ...id(), remarks: remarks() })

export const recordInvestigationInput = (rules: RuleContext) =>
  z.object({
    ...id(),
    visitDate: pastDate('入户调查日期', rules),
    investigators: z
      .array(requiredText('调查人员姓名', 20), { error: '请填写调查人员' })
      .min(2, { error: '调查人员至少2名' })
      .max(10, { error: '调查人员最多10名' })
      .meta({ title: '调查人员' }),
    findings: requiredText('调查情况', 2000),
    verifiedMonthlyIncome: verifiedMonthlyIncome(),
    verifiedHouseholdSize: requiredInteger('核实的家庭人口', 1, 99, '人').optional(),
    verifiedOwnedHomes: requiredInteger('核实的自有产权住房', 0, 99, '套').optional(),
    ...INVESTIGATION_FINDINGS_SHAPE,
  })

export const recordEvaluationInput = (rules: RuleContext) =>
  z.object({
    ...id(),
    meetingDate: pastDate('评议会议日期', rules),
    attendance: requiredInteger('参会人数', 1, 9999, '人'),
    result: oneOf('评议结果', ['agree', 'disagree'] as const),
    remarks: remarks(),
    minutesUploadId: uploadIdField('评议会议记录照片').optional(),
  })

export const startPublicityInput = (rules: RuleContext) =>
  z.object({
    ...id(),
    startDate: isoDate('公示开始日期', { latest: rules.today }),
  })

export const endPublicityInput = () =>
  z.object({
    ...id(),
    objections: z
      .array(requiredText('异议内容', 500), { error: '收到的异议应为列表' })
      .max(50, { error: '收到的异议最多50条' })
      .optional()
      .meta({ title: '收到的异议', description: '公示期间收到的每条异议及核实情况；没有异议可不填' }),
    remarks: remarks(),
  })

export const approveInput = () => z.object({ ...id(), remarks: remarks() })

/**
 * 建档. `filingCriterion` (a code of the union's 建档标准 list; the engine's
 * criterion when left out) and `targeting` (the 解困脱困对象 section) depend on
 * the union's value lists: the envelope checks their shape, the use case
 * checks them against the lists (file-decision.ts) and reports under these keys.
 */
export const fileInput = () =>
  z.object({
    ...id(),
    fileLevel: oneOf('档案级别', FILE_LEVELS),
    category: oneOf('困难类别', CATEGORIES),
    fileType: oneOf('档案类型', FILE_TYPE_LABELS),
    filingCriterion: z.string({ error: '建档标准应为选项' }).max(64, { error: '建档标准不在可选范围内，请重新选择' }).optional().meta({ title: '建档标准' }),
    helperId: reference('帮扶责任人'),
    overrideReason: optionalText('调整困难类别的理由', 200),
    targeting: z.record(z.string(), z.unknown(), { error: '解困脱困对象一栏应为对象' }).optional().meta({
      title: '解困脱困对象',
      description: '是否为解困脱困对象（isTarget）、确定时间（decidedOn）、重点群体、措施、行动计划（取本工会政策的选项代码）',
    }),
  })

/** 建档 in a category other than the engine's suggestion needs a reason: the message, or null when none is missing. */
export function missingOverrideReason(
  suggested: Category | null | undefined,
  input: { category?: string; overrideReason?: string | undefined },
): string | null {
  if (!suggested || !input.category || input.category === suggested || input.overrideReason?.trim()) return null
  return `困难类别与系统建议的“${suggested}”不同，请填写调整理由`
}

export const returnInput = () =>
  z.object({
    ...id(),
    reasons: z
      .array(requiredText('退回理由', 200), { error: '请填写退回理由' })
      .min(1, { error: '请至少填写一条退回理由' })
      .max(20, { error: '退回理由最多20条' })
      .meta({ title: '退回理由' }),
    fields: z
      .array(z.string().max(100, { error: '需修改的栏目不正确' }), { error: '需修改的栏目应为列表' })
      .max(50, { error: '需修改的栏目最多50项' })
      .optional()
      .meta({ title: '需修改的栏目' }),
  })

export const rejectInput = () => z.object({ ...id(), reason: requiredText('不予建档理由', 500) })

export const markFalseDeclarationInput = () =>
  z.object({
    ...id(),
    reason: requiredText('虚假申报情况', 500),
    fraudProven: z.boolean({ error: '是否查实骗取建档应为是或否' }).optional().meta({ title: '是否查实弄虚作假骗取建档' }),
  })

export const listApplicationsInput = () =>
  z.object({
    status: oneOf('申请状态', APPLICATION_STATUSES).optional(),
    cursor: z.string({ error: '翻页参数应为文字' }).max(200, { error: '翻页参数不正确' }).optional().meta({ title: '翻页位置' }),
  })

export const applicationDetailInput = () => z.object(id())

export const printFileInput = () => z.object(id())

export const revealFieldInput = () =>
  z.object({
    ...id(),
    field: z
      .string({ error: '请指定要查看的栏目' })
      .regex(/^(form|declaration)(\.[A-Za-z0-9]+)+$/, { error: '要查看的栏目不正确' })
      .meta({ title: '要查看的栏目', description: '如 form.idNumber、form.members.1.idNumber、form.bankCardNumber' }),
  })
