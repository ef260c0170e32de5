/**
 * The 建档 step's form: what the filing union decides (seed 000 “*建档人或审核人
 * 确定”): 档案级别, 困难类别 (the engine's suggestion preselected; another needs a
 * reason), 建档标准 (the engine's criterion preselected), 档案类型 (the type
 * applied for preselected), the helper, and the 解困脱困对象 section from the
 * union's own lists. What the applicant suggested shows as a hint only.
 */
import { fileStepSchema, suggestedFilingCriterion } from '../../../domain/application/file-decision'
import * as steps from '../../../domain/application/steps.schema'
import { CATEGORIES } from '../../../domain/eligibility/eligibility'
import { TARGETING_FIELDS } from '../../../domain/file-form/targeting-fields'
import { OTHER_CODE, findItem, type ResolvedValueLists, type ValueList } from '../../../domain/value-lists/value-list'
import { valueListsFor } from '../../../domain/value-lists/value-list-sets'
import type { FieldSpec, Option, SpecContext, StepSpec, Values } from './step-specs'

const listsOf = (ctx: SpecContext): ResolvedValueLists => valueListsFor(ctx.detail.valueListSet || 'national')
const options = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }))
const fromList = (list: ValueList): Option[] => list.map((item) => ({ value: item.code, label: item.short ?? item.label }))
const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The 档案类型 applied for, as the step's label (城镇困难职工 / 困难农民工), when it is one. */
function appliedFileType(ctx: SpecContext, lists: ResolvedValueLists): string | undefined {
  const label = findItem(lists.fileType, text(ctx.detail.form.fileType))?.label
  return (steps.FILE_TYPE_LABELS as readonly string[]).includes(label ?? '') ? label : undefined
}

function initial(ctx: SpecContext): Values {
  const lists = listsOf(ctx)
  const values: Values = {}
  if (ctx.detail.suggestedCategory) values.category = ctx.detail.suggestedCategory
  const criterion = suggestedFilingCriterion(ctx.detail.suggestedCriterion, lists)
  if (criterion) values.filingCriterion = criterion
  const fileType = appliedFileType(ctx, lists)
  if (fileType) values.fileType = fileType
  return values
}

/** The applicant's own 困难类别 and 建档标准, for staff to read beside their decision. */
function hint(ctx: SpecContext): string {
  const lists = listsOf(ctx)
  const said = [
    ['困难类别', findItem(lists.hardshipCategory, text(ctx.detail.form.hardshipCategory))],
    ['建档标准', findItem(lists.filingCriterion, text(ctx.detail.form.filingCriterion))],
  ].flatMap(([label, item]) => (item && typeof item === 'object' ? [`${label as string}“${item.short ?? item.label}”`] : []))
  const own = said.length > 0 ? `申请人自报${said.join('、')}，仅供参考。` : '申请人未自报困难类别。'
  return `${own}困难类别、建档标准和档案类型由建档工会确定；系统建议已预先选好。`
}

/** One of 重点群体 / 措施 / 行动计划, with its “其他” note once 其他 is chosen. */
function group(key: 'keyGroups' | 'measures' | 'actionPlans', note: string, list: ValueList, values: Values): FieldSpec[] {
  const picked = values[`targeting.${key}`]
  const withNote = Array.isArray(picked) && picked.includes(OTHER_CODE)
  const noteField: FieldSpec = { kind: 'text', key: `targeting.${note}`, label: TARGETING_FIELDS[note as keyof typeof TARGETING_FIELDS].label }
  return [{ kind: 'multi', key: `targeting.${key}`, label: TARGETING_FIELDS[key].label, options: fromList(list) }, ...(withNote ? [noteField] : [])]
}

function targetingFields(lists: ResolvedValueLists, values: Values): FieldSpec[] {
  const isTarget: FieldSpec = { kind: 'yesno', key: 'targeting.isTarget', label: `建档人或审核人确定：${TARGETING_FIELDS.isTarget.label}` }
  const decidedOn: FieldSpec = { kind: 'date', key: 'targeting.decidedOn', label: TARGETING_FIELDS.decidedOn.label, placeholder: '如2026-11-23' }
  if (values['targeting.isTarget'] !== 'yes') return [isTarget, decidedOn]
  return [
    isTarget,
    decidedOn,
    ...group('keyGroups', 'keyGroupNote', lists.keyGroup, values),
    ...group('measures', 'measureNote', lists.measure, values),
    ...group('actionPlans', 'actionPlanNote', lists.actionPlan, values),
  ]
}

export const FILE_STEP: StepSpec = {
  schema: (rules, ctx) => fileStepSchema(rules, listsOf(ctx)),
  initial,
  hint,
  fields: (ctx, values) => {
    const lists = listsOf(ctx)
    const suggested = ctx.detail.suggestedCategory
    return [
      { kind: 'choice', key: 'fileLevel', label: '档案级别', options: options(steps.FILE_LEVELS) },
      { kind: 'choice', key: 'category', label: '困难类别', options: options(CATEGORIES) },
      ...(suggested && values.category !== suggested
        ? [{ kind: 'textarea', key: 'overrideReason', label: '调整困难类别的理由', placeholder: '请写明具体情况' } as FieldSpec]
        : []),
      { kind: 'choice', key: 'filingCriterion', label: '建档标准', options: fromList(lists.filingCriterion) },
      { kind: 'choice', key: 'fileType', label: '档案类型', options: options(steps.FILE_TYPE_LABELS) },
      { kind: 'choice', key: 'helperId', label: '帮扶责任人', options: ctx.helpers.map((h) => ({ value: h.id, label: `${h.name}（${h.unionName}）` })) },
      ...targetingFields(lists, values),
    ]
  },
}
