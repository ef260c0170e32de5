import { AppError, isErrorBody, type ErrorBody } from '../domain/shared/app-error'

export type CallRequest = { fn: string; action: string; data?: unknown; requestId?: string }

/** What a cloud function returns; the local host maps it to HTTP status codes. */
export type Envelope = { ok: true; data: unknown } | { ok: false; error: ErrorBody }

export const networkError = () => new AppError('NETWORK', '网络不给力，请检查网络后重试')

/**
 * Whether a retry must carry the same request id: after a lost connection or
 * a service fault (crash, timeout) the server may have done the work, and
 * only the same id makes it replay instead of writing twice.
 */
export const keepsRequestId = (error: unknown) => error instanceof AppError && (error.code === 'NETWORK' || error.code === 'INTERNAL')

export function unwrap<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as Envelope
    if (e.ok) return e.data as T
    if (isErrorBody(e.error)) throw new AppError(e.error.code, e.error.message, e.error.fields)
  }
  throw new AppError('INTERNAL', '服务返回的内容无法识别，请稍后重试')
}
