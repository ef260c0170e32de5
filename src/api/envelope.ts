import { AppError, isErrorBody, type ErrorBody } from '../domain/shared/app-error'

export type CallRequest = { fn: string; action: string; data?: unknown; requestId?: string }

/** What a cloud function returns; the local host maps it to HTTP status codes. */
export type Envelope = { ok: true; data: unknown } | { ok: false; error: ErrorBody }

export const networkError = () => new AppError('NETWORK', '网络不给力，请检查网络后重试')

export function unwrap<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as Envelope
    if (e.ok) return e.data as T
    if (isErrorBody(e.error)) throw new AppError(e.error.code, e.error.message, e.error.fields)
  }
  throw new AppError('INTERNAL', '服务返回的内容无法识别，请稍后重试')
}
