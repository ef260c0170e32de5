/**
 * Which fields a union's form stars: the seeds' marks (worker-fields.ts),
 * except where policy or the region's own lists decide — the bank fields
 * (`FormPolicy.bankDetailsRequired`) and 劳模类型 where the region's list has
 * no 非劳模 (seed 002). The schema and the form's stars read the same rule.
 */
import type { FormPolicy } from '../policy/policy'
import { modelWorkerTypeRequired } from '../value-lists/person-lists'
import type { ResolvedValueLists } from '../value-lists/value-list'
import type { FieldSpec } from './field-spec'

export const BANK_FIELDS = ['bankName', 'bankBranch', 'bankCardNumber'] as const

/** `spec` with its required mark as this union's policy and lists set it. */
export function requiredHere(key: string, spec: FieldSpec, lists: Pick<ResolvedValueLists, 'modelWorkerType'>, policy: FormPolicy): FieldSpec {
  if ((BANK_FIELDS as readonly string[]).includes(key)) return { ...spec, required: policy.bankDetailsRequired }
  if (key === 'modelWorkerType') return { ...spec, required: modelWorkerTypeRequired(lists) }
  return spec
}
