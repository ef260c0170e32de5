/**
 * What each staff step's form asks, as data: the fields (in the order the
 * step's zod input lists them), their first values and the schema that checks
 * them. The form turns the values into the step's input and validates it with
 * that same schema, so the phone and the server say the same thing.
 */
import type { z } from 'zod'
import type { ApplicationDetailView, HelperOption } from '../../../domain/application/application-views'
import * as steps from '../../../domain/application/steps.schema'
import { FILE_FORM_CATALOGUE } from '../../../domain/file-form/field-catalogue'
import type { RuleContext } from '../../../domain/shared/fields'
import type { StaffStep } from '../../../api/application'
import { FILE_STEP } from './file-step-spec'

export type Option = { value: string; label: string }
type Keyed = { key: string; label: string }
export type FieldSpec =
  | (Keyed & { kind: 'text' | 'textarea' | 'date' | 'integer'; placeholder?: string })
  | (Keyed & { kind: 'rows'; min: number; rowPlaceholder: string; addLabel: string })
  | (Keyed & { kind: 'months' })
  | (Keyed & { kind: 'choice' | 'multi'; options: Option[] })
  | (Keyed & { kind: 'switch' })
  /** 是 / 否 as two chips; the input carries a boolean. */
  | (Keyed & { kind: 'yesno' })
  | (Keyed & { kind: 'photo' })

export type Values = Record<string, string | string[] | boolean>
export type SpecContext = { detail: ApplicationDetailView; helpers: HelperOption[] }

export type StepSpec = {
  /** Keys with a dot (`targeting.isTarget`) become nested objects in the input. */
  fields: (ctx: SpecContext, values: Values) => FieldSpec[]
  schema: (rules: RuleContext, ctx: SpecContext) => z.ZodType
  initial?: (ctx: SpecContext) => Values
  hint?: string | ((ctx: SpecContext) => string)
}

const remarks: FieldSpec = { kind: 'textarea', key: 'remarks', label: '备注（选填）', placeholder: '最多500字' }
const date = (key: string, label: string): FieldSpec => ({ kind: 'date', key, label, placeholder: '如2026-11-23' })
const reason = (key: string, label: string): FieldSpec => ({ kind: 'textarea', key, label, placeholder: '请写明具体情况' })

/** The form's own fields an employee may be asked to correct (whole rows for members and attachments). */
const CORRECTABLE: Option[] = FILE_FORM_CATALOGUE.filter((e) => e.source === 'applicant' && !e.path.includes('*')).map((e) => ({
  value: e.path,
  label: e.label,
}))

export const STEP_SPECS: Record<StaffStep, StepSpec> = {
  accept: { fields: () => [remarks], schema: steps.acceptInput },
  recordInvestigation: {
    schema: steps.recordInvestigationInput,
    initial: () => ({ investigators: ['', ''] }),
    fields: () => [
      date('visitDate', '入户调查日期'),
      { kind: 'rows', key: 'investigators', label: '调查人员（至少2名）', min: 2, rowPlaceholder: '姓名', addLabel: '添加调查人员' },
      { kind: 'textarea', key: 'findings', label: '调查情况', placeholder: '家庭收入、住房、就医等核实情况' },
      { kind: 'months', key: 'verifiedMonthlyIncome', label: '核实的近6个月家庭收入（元，选填，从早到晚）' },
      { kind: 'integer', key: 'verifiedHouseholdSize', label: '核实的家庭人口（选填）', placeholder: '人数' },
      { kind: 'integer', key: 'verifiedOwnedHomes', label: '核实的自有产权住房（套，选填）', placeholder: '套数' },
      ...Object.entries(steps.INVESTIGATION_FINDINGS).map(([key, label]): FieldSpec => ({ kind: 'switch', key, label: `查实：${label}` })),
    ],
  },
  recordEvaluation: {
    schema: steps.recordEvaluationInput,
    fields: () => [
      date('meetingDate', '评议会议日期'),
      { kind: 'integer', key: 'attendance', label: '参会人数', placeholder: '人数' },
      {
        kind: 'choice',
        key: 'result',
        label: '评议结果',
        options: [
          { value: 'agree', label: '同意建档' },
          { value: 'disagree', label: '不同意建档' },
        ],
      },
      { kind: 'photo', key: 'minutesUploadId', label: '会议记录照片（选填）' },
      remarks,
    ],
  },
  startPublicity: {
    schema: steps.startPublicityInput,
    hint: '公示结束日期由系统按本地政策的工作日天数计算，提交后显示。',
    fields: () => [date('startDate', '公示开始日期')],
  },
  endPublicity: {
    schema: steps.endPublicityInput,
    hint: '公示期间收到异议的，请逐条登记异议内容及核实情况；没有异议可不填。',
    fields: () => [{ kind: 'rows', key: 'objections', label: '收到的异议', min: 0, rowPlaceholder: '异议内容及核实情况', addLabel: '添加一条异议' }, remarks],
  },
  approve: { fields: () => [remarks], schema: steps.approveInput },
  file: FILE_STEP,
  return: {
    schema: steps.returnInput,
    initial: () => ({ reasons: [''] }),
    fields: () => [
      { kind: 'rows', key: 'reasons', label: '退回理由', min: 1, rowPlaceholder: '请职工修改或补充的内容', addLabel: '添加退回理由' },
      { kind: 'multi', key: 'fields', label: '需修改的栏目（选填）', options: CORRECTABLE },
    ],
  },
  reject: { fields: () => [reason('reason', '不予建档理由')], schema: steps.rejectInput },
  markFalseDeclaration: {
    schema: steps.markFalseDeclarationInput,
    hint: '查实弄虚作假骗取建档的立即列入建档黑名单；上报不实信息第二次认定时列入。',
    fields: () => [reason('reason', '虚假申报情况'), { kind: 'switch', key: 'fraudProven', label: '已查实弄虚作假骗取建档' }],
  },
}
