/**
 * The submitted 档案表 and 申报表 as staff read them: each field under its
 * seed label, codes as their list labels, fen as yuan, yes/no in words; the
 * masked numbers marked so the page can offer an audited 查看.
 */
import { DECLARATION_FIELDS } from '../../../domain/file-form/declaration-fields'
import { DECLARATION_MONTHS, declaredDisposableIncomeFen } from '../../../domain/file-form/declaration.schema'
import { perCapitaMonthlyFen } from '../../../domain/shared/per-capita'
import type { FieldSpec } from '../../../domain/file-form/field-spec'
import { MEMBER_FIELDS } from '../../../domain/file-form/member-fields'
import { WORKER_FIELDS } from '../../../domain/file-form/worker-fields'
import { formatYuan } from '../../../domain/shared/money'
import type { ResolvedValueLists } from '../../../domain/value-lists/value-list'

export type ShownValue = { path: string; label: string; text: string; masked: boolean }

/** The fields `application.detail` masks; `reveal` opens them one at a time. */
const MASKED = new Set(['idNumber', 'mobile', 'bankCardNumber'])

function textOf(spec: FieldSpec, value: unknown, lists: ResolvedValueLists): string {
  if (value === undefined || value === null || value === '') return ''
  if (spec.kind === 'money' && typeof value === 'number') return `${formatYuan(value)}元`
  if (spec.kind === 'yes-no') return value === true ? '是' : '否'
  const list = spec.list ? lists[spec.list] : undefined
  const label = (code: unknown) => list?.find((item) => item.code === code)?.label ?? (typeof code === 'string' ? code : '')
  if (spec.kind === 'choices' && Array.isArray(value)) return value.map(label).join('、')
  if (spec.kind === 'choice') return label(value)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function rows(specs: Readonly<Record<string, FieldSpec>>, record: Record<string, unknown>, prefix: string, lists: ResolvedValueLists): ShownValue[] {
  return Object.entries(specs)
    .filter(([, spec]) => spec.kind !== 'rows')
    .map(([key, spec]) => ({
      path: `${prefix}${key}`,
      label: spec.label,
      text: textOf(spec, record[key], lists),
      masked: MASKED.has(key) && record[key] !== undefined,
    }))
    .filter((row) => row.text !== '')
}

type Derived = {
  worker?: { sex?: string; birthDate?: string; age?: number }
  householdSize?: number
  annualTotalIncomeFen?: number
}

/** The 档案表 rows; 家庭月人均收入 is the application's one figure (`perCapitaIncomeFen`: the engine's, verified once investigated). */
export function workerRows(form: Record<string, unknown>, lists: ResolvedValueLists, perCapitaIncomeFen: number): ShownValue[] {
  const d = (form.derived ?? {}) as Derived
  const facts: ShownValue[] = [
    {
      path: 'derived.worker',
      label: '性别 · 出生日期 · 年龄',
      text: `${d.worker?.sex ?? ''} · ${d.worker?.birthDate ?? ''} · ${d.worker?.age ?? ''}岁`,
      masked: false,
    },
    { path: 'derived.householdSize', label: '家庭人口', text: `${d.householdSize ?? ''}人`, masked: false },
    { path: 'derived.annualTotalIncomeFen', label: '家庭年度总收入', text: `${formatYuan(d.annualTotalIncomeFen ?? 0)}元`, masked: false },
    { path: 'perCapitaIncomeFen', label: '家庭月人均收入', text: `${formatYuan(perCapitaIncomeFen)}元`, masked: false },
  ]
  return [...rows(WORKER_FIELDS, form, 'form.', lists), ...facts]
}

export function memberRows(form: Record<string, unknown>, lists: ResolvedValueLists): ShownValue[][] {
  const members = Array.isArray(form.members) ? (form.members as Record<string, unknown>[]) : []
  return members.map((member, i) => rows(MEMBER_FIELDS, member, `form.members.${i}.`, lists))
}

type Amounts = Parameters<typeof declaredDisposableIncomeFen>[0]

/** The 申报表 rows, then its computed figures: disposable income and 全部家庭成员人均每月收入 (shared/per-capita.ts). */
export function declarationRows(declaration: Record<string, unknown>, lists: ResolvedValueLists, householdSize: number): ShownValue[] {
  const entered = rows(DECLARATION_FIELDS, declaration, 'declaration.', lists)
  if (typeof declaration.householdIncomeHalfYear !== 'number') return entered
  const disposable = declaredDisposableIncomeFen(declaration as Amounts)
  const perCapita = perCapitaMonthlyFen(disposable, DECLARATION_MONTHS, householdSize)
  return [
    ...entered,
    { path: 'declaration.derived.disposableIncomeHalfYearFen', label: '全部家庭成员近6个月可支配收入', text: `${formatYuan(disposable)}元`, masked: false },
    { path: 'declaration.derived.monthlyPerCapitaIncomeFen', label: '全部家庭成员人均每月收入', text: `${formatYuan(perCapita)}元`, masked: false },
  ]
}
