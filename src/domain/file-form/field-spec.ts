/**
 * How a field is described once, for the schema (its label), a UI form
 * builder and the printable 档案表 (label, kind, list, required, who fills it).
 */
import type { ValueListName } from '../value-lists/value-list'

export type FieldKind =
  | 'text'
  | 'person-name'
  | 'id-number'
  | 'choice'
  | 'choices'
  | 'money'
  | 'date'
  | 'month'
  | 'year'
  | 'integer'
  | 'decimal'
  | 'yes-no'
  | 'mobile'
  | 'postal-code'
  | 'region-code'
  | 'bank-card'
  | 'rows'

/** Who supplies the value: the applicant's form, union staff, the system, or a computation. */
export type FieldSource = 'applicant' | 'staff' | 'system' | 'derived'

export type FieldSpec = {
  readonly label: string
  readonly kind: FieldKind
  /** Marked * in the seeds. */
  readonly required: boolean
  readonly list?: ValueListName
  readonly description?: string
}

/** The message a required field gives when left empty. */
export function missingMessage(label: string, kind: FieldKind): string {
  return kind === 'choice' || kind === 'choices' || kind === 'yes-no' ? `请选择${label}` : `${label}不能为空`
}
