/**
 * The one error shape every client sees: `{ code, message, fields? }`.
 * Messages are Chinese and name the field; `fields` maps a field path
 * (e.g. `members.1.idNumber`) to its message so a form can mark it.
 */
import type { z } from 'zod'

export const ERROR_CODES = [
  'INVALID_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'UNKNOWN_ACTION',
  'PAYLOAD_TOO_LARGE',
  'NETWORK',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type FieldErrors = Record<string, string>

export type ErrorBody = { code: ErrorCode; message: string; fields?: FieldErrors }

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.code === 'string' && typeof v.message === 'string'
}

/** First message per field path, in the order the form lists them. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}

export function invalidInput(error: z.ZodError): AppError {
  const fields = fieldErrorsOf(error)
  const messages = Object.values(fields)
  const first = messages[0] ?? '填写的内容有误'
  const message = messages.length > 1 ? `${first}（共${messages.length}处需要修改）` : first
  return new AppError('INVALID_INPUT', message, fields)
}
