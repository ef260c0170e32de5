/**
 * Field path → Chinese label, required flag, kind, value list and who fills
 * it: for a UI form builder and the printable 档案表 / 申报表. Paths are those
 * of `fieldErrorsOf` with `*` for a row index (`members.*.idNumber`).
 */
import type { ValueListName } from '../value-lists/value-list'
import { DECLARATION_FIELDS } from './declaration-fields'
import type { FieldKind, FieldSource, FieldSpec } from './field-spec'
import { MEMBER_FIELDS } from './member-fields'
import { TARGETING_FIELDS } from './targeting-fields'
import { ATTACHMENT_FIELDS, WORKER_FIELDS } from './worker-fields'

export type CatalogueEntry = {
  readonly path: string
  readonly label: string
  readonly required: boolean
  readonly kind: FieldKind
  readonly source: FieldSource
  readonly list?: ValueListName
  readonly description?: string
}

type Specs = Readonly<Record<string, FieldSpec>>

const derived = (label: string, kind: FieldKind, description: string): FieldSpec => ({ label, kind, required: false, description })

const MEMBER_FACTS: Specs = {
  sex: derived('性别', 'text', '由身份证号算出'),
  birthDate: derived('出生日期', 'date', '由身份证号算出'),
  age: derived('年龄', 'integer', '由身份证号算出'),
}

/** The worker's 性别 and 出生日期 are starred in the seeds: always present, never typed. */
const WORKER_FACTS: Specs = {
  ...MEMBER_FACTS,
  sex: { ...derived('性别', 'text', '由身份证号算出'), required: true },
  birthDate: { ...derived('出生日期', 'date', '由身份证号算出'), required: true },
}

/** 家庭年度总收入 and 家庭人口 are starred in the seeds, 家庭月人均收入 is not. */
const HOUSEHOLD_FACTS: Specs = {
  annualTotalIncomeFen: { ...derived('家庭年度总收入', 'money', '自动算出：12×（本人及家庭成员月收入之和）+家庭其他非薪资年收入'), required: true },
  householdSize: { ...derived('家庭人口', 'integer', '自动算出：职工本人+家庭成员'), required: true },
}

const PER_CAPITA_TEXT = '自动算出：家庭可支配收入（近6个月总收入−所得税−社会保险个人缴纳）÷6÷家庭人口'

/** One figure for the 档案表, the 申报表, the engine, the staff view and the printout (shared/per-capita.ts); kept on the application. */
const PER_CAPITA: CatalogueEntry = {
  path: 'perCapitaIncomeFen',
  label: '家庭月人均收入',
  required: false,
  kind: 'money',
  source: 'derived',
  description: `${PER_CAPITA_TEXT}；入户调查核实收入后按核实数`,
}

/** Set by the filing workflow, never by the applicant's form (seed 002 填表说明1: 职工编号 基层工会不填). */
const STAFF_AND_SYSTEM: readonly CatalogueEntry[] = [
  { path: 'fileNumber', label: '职工编号', required: true, kind: 'text', source: 'system' },
  { path: 'builtBy', label: '建档人', required: true, kind: 'text', source: 'staff' },
  { path: 'reviewedBy', label: '审核人', required: true, kind: 'text', source: 'staff' },
  { path: 'helperUnit', label: '帮扶单位', required: false, kind: 'text', source: 'staff' },
  { path: 'helper', label: '帮扶责任人', required: false, kind: 'text', source: 'staff' },
  { path: 'enteredBy', label: '录入人', required: false, kind: 'text', source: 'system', description: '自动生成无需填写' },
]

function entries(specs: Specs, prefix: string, source: FieldSource): CatalogueEntry[] {
  return Object.entries(specs).map(([key, spec]) => ({ ...spec, path: `${prefix}${key}`, source }))
}

/** Derived entries go right after the field they are computed from. */
function withFacts(list: CatalogueEntry[], after: string, facts: Specs, prefix: string): CatalogueEntry[] {
  const at = list.findIndex((entry) => entry.path === after) + 1
  return [...list.slice(0, at), ...entries(facts, prefix, 'derived'), ...list.slice(at)]
}

function fileFormCatalogue(): CatalogueEntry[] {
  let worker = entries(WORKER_FIELDS, '', 'applicant')
  worker = withFacts(worker, 'idNumber', WORKER_FACTS, 'derived.worker.')
  worker = withFacts(worker, 'otherAnnualIncome', HOUSEHOLD_FACTS, 'derived.')
  const afterFacts = worker.findIndex((entry) => entry.path === 'derived.householdSize') + 1
  worker = [...worker.slice(0, afterFacts), PER_CAPITA, ...worker.slice(afterFacts)]
  const rows = [...entries(ATTACHMENT_FIELDS, 'attachments.*.', 'applicant'), ...entries(MEMBER_FIELDS, 'members.*.', 'applicant')]
  const withMemberFacts = withFacts(rows, 'members.*.idNumber', MEMBER_FACTS, 'derived.members.*.')
  return [...STAFF_AND_SYSTEM.slice(0, 1), ...worker, ...withMemberFacts, ...STAFF_AND_SYSTEM.slice(1)]
}

export const FILE_FORM_CATALOGUE: readonly CatalogueEntry[] = fileFormCatalogue()

export const DECLARATION_CATALOGUE: readonly CatalogueEntry[] = [
  ...entries(DECLARATION_FIELDS, '', 'applicant'),
  {
    path: 'derived.disposableIncomeHalfYearFen',
    label: '全部家庭成员近6个月可支配收入',
    required: false,
    kind: 'money',
    source: 'derived',
    description: '自动算出：近6个月总收入−所得税−养老、医疗、失业保险个人缴纳部分',
  },
  {
    path: 'derived.monthlyPerCapitaIncomeFen',
    label: '全部家庭成员人均每月收入',
    required: false,
    kind: 'money',
    source: 'derived',
    description: PER_CAPITA_TEXT,
  },
]

export const TARGETING_CATALOGUE: readonly CatalogueEntry[] = entries(TARGETING_FIELDS, '', 'staff')

/** The label of a path as `fieldErrorsOf` gives it (`members.1.idNumber` → 家庭成员2的身份证号). */
export function labelOfPath(catalogue: readonly CatalogueEntry[], path: string): string | undefined {
  const rowIndex = /^(members|attachments)\.(\d+)\./.exec(path)
  const pattern = path.replace(/^(members|attachments)\.\d+\./, '$1.*.')
  const entry = catalogue.find((e) => e.path === pattern)
  if (!entry || !rowIndex) return entry?.label
  return `${rowIndex[1] === 'members' ? '家庭成员' : '附件'}${Number(rowIndex[2]) + 1}的${entry.label}`
}
