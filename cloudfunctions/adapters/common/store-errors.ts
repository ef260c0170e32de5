/**
 * What every Store adapter must answer the same way: the errors a caller can
 * act on, the opaque page cursor, and the refusal of undeclared query fields.
 * Kept free of any database driver so the cloud bundle can import it.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import { specOf } from '../../core/collections'
import type { Scalar } from '../../core/ports/store.port'

export function conflict(): AppError {
  return new AppError('CONFLICT', '数据已被他人修改，请刷新后重试')
}

export function duplicate(): AppError {
  return new AppError('DUPLICATE', '记录已存在')
}

/** The sort value and id of the last item shown; the next page starts strictly after it. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value ?? null, id])).toString('base64url')
}

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v)

export function decodeCursor(cursor: string): [Scalar, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(parsed) && parsed.length === 2 && isScalar(parsed[0]) && typeof parsed[1] === 'string') return [parsed[0], parsed[1]]
  } catch {
    // fall through: a cursor we cannot read is the caller's mistake, not ours
  }
  throw new AppError('BAD_REQUEST', '翻页参数不正确，请从第一页重新加载')
}

/** A query on an undeclared field would be an unindexed scan: refuse it loudly. */
export function assertQueryable(collection: string, field: string): void {
  if (field !== 'id' && !specOf(collection).fields.includes(field)) {
    throw new Error(`field ${collection}.${field} is not declared queryable in COLLECTIONS`)
  }
}

/** `has` only on a declared array field, and no other operator on one (CloudBase's equality on an array means "contains"). */
export function assertArrayField(collection: string, field: string): void {
  if (!(specOf(collection).arrays ?? []).includes(field)) throw new Error(`field ${collection}.${field} is not declared as an array in COLLECTIONS`)
}

/** Names `omit` may carry: plain top-level field names, so they are safe inside a JSON path or a projection. */
export function assertOmittable(fields: readonly string[]): void {
  for (const f of fields) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(f)) throw new Error(`cannot omit field "${f}"`)
}
