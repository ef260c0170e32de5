/**
 * A stored 档案表 / 申报表 back in the shape a client sends: money in yuan as
 * text ("1500.00"), derived facts dropped (the server computes them again).
 * For the applicant correcting a returned application on any device.
 */
import { formatYuan } from '../shared/money'
import { DECLARATION_FIELDS } from './declaration-fields'
import type { FieldSpec } from './field-spec'
import { MEMBER_FIELDS } from './member-fields'
import { WORKER_FIELDS } from './worker-fields'

type Row = Record<string, unknown>

function asTyped(specs: Readonly<Record<string, FieldSpec>>, row: Row): Row {
  const out: Row = {}
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined || key === 'derived') continue
    out[key] = specs[key]?.kind === 'money' && typeof value === 'number' ? formatYuan(value) : value
  }
  return out
}

export function formAsInput(form: Row): Row {
  const members = Array.isArray(form.members) ? (form.members as Row[]) : []
  return { ...asTyped(WORKER_FIELDS, form), members: members.map((m) => asTyped(MEMBER_FIELDS, m)) }
}

export const declarationAsInput = (declaration: Row): Row => asTyped(DECLARATION_FIELDS, declaration)
