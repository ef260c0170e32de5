/** How the app's outbox treats a failed step: the error's code decides (see FailureKind). Pure. */
import { AppError } from '../domain/shared/app-error'
import type { FailureKind } from './outbox.types'

export function classifyFailure(error: unknown): { kind: FailureKind; message: string } {
  if (!(error instanceof AppError)) return { kind: 'network', message: '网络不给力，稍后自动重试' }
  return { kind: error.code === 'NETWORK' ? 'network' : error.code === 'INTERNAL' ? 'service' : 'rejected', message: error.message }
}
