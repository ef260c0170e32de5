/**
 * From what the staff member typed to the step's input, and the messages to
 * show: the step's own zod schema, plus the one rule that needs the
 * application (a changed category needs a reason), worded as the server does.
 */
import type { StaffStep } from '../../../api/application'
import { missingOverrideReason } from '../../../domain/application/steps.schema'
import { fieldErrorsOf, type FieldErrors } from '../../../domain/shared/app-error'
import { STEP_SPECS, type FieldSpec, type SpecContext, type Values } from './step-specs'

export function initialValues(step: StaffStep, ctx: SpecContext): Values {
  return STEP_SPECS[step].initial?.(ctx) ?? {}
}

/** One field's value as the input carries it; `undefined` leaves it out ("not filled"). */
function inputValue(field: FieldSpec, value: Values[string] | undefined): unknown {
  if (field.kind === 'switch') return value === true ? true : undefined // an untouched switch is "no": left out, as the optional field allows
  if (field.kind === 'yesno') return value === 'yes' ? true : value === 'no' ? false : undefined
  if (field.kind === 'rows') return Array.isArray(value) ? value : []
  if (field.kind === 'months') return Array.isArray(value) && value.some((v) => v.trim() !== '') ? value : undefined
  if (field.kind === 'multi') return Array.isArray(value) && value.length > 0 ? value : undefined
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** Sets `a.b` as `{ a: { b } }`, so one form can fill a nested part of the input (the 解困脱困对象 section). */
function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const [head, ...rest] = key.split('.')
  if (!head) return
  if (rest.length === 0) {
    target[head] = value
    return
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>
  setPath(inner, rest.join('.'), value)
}

function getPath(source: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), source)
}

export function toInput(fields: FieldSpec[], values: Values, applicationId: string): Record<string, unknown> {
  const input: Record<string, unknown> = { applicationId }
  for (const field of fields) {
    const value = inputValue(field, values[field.key])
    // A nested part is sent even while empty, so its schema names the fields still missing.
    const parent = field.key.split('.').slice(0, -1).join('.')
    if (parent && value === undefined) setPath(input, parent, getPath(input, parent) ?? {})
    if (value !== undefined) setPath(input, field.key, value)
  }
  return input
}

export function validate(step: StaffStep, ctx: SpecContext, values: Values, today: string): FieldErrors {
  const fields = STEP_SPECS[step].fields(ctx, values)
  const input = toInput(fields, values, ctx.detail.id)
  const parsed = STEP_SPECS[step].schema({ today }, ctx).safeParse(input)
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error)
  for (const field of fields) {
    // An enum's own message lists its codes; a choice not made yet reads better as a request.
    if ((field.kind === 'choice' || field.kind === 'yesno') && errors[field.key] && !values[field.key]) errors[field.key] = `请选择${field.label}`
  }
  if (step === 'file') {
    const missing = missingOverrideReason(ctx.detail.suggestedCategory, {
      category: String(values.category ?? ''),
      overrideReason: String(values.overrideReason ?? ''),
    })
    if (missing) errors.overrideReason ??= missing
  }
  return errors
}
