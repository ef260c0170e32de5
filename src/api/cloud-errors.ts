/**
 * What a failed `wx.cloud.callFunction` means for the person holding the
 * phone. The base library rejects with `{ errCode, errMsg }`, and the codes
 * that say the call reached CloudBase but the function could not answer are
 * often only inside the text, e.g. (as reported from real apps):
 *   errCode -404011, errMsg "cloud.callFunction:fail requestID …, cloud function service error code -504002, error message …"  (crashed)
 *   errMsg "cloud.callFunction:fail Error: errCode: -504003  | errMsg: Invoking task timed out after 10 seconds"  (timed out)
 *   errMsg "cloud.callFunction:fail Error: errCode: -501000  | errMsg: FunctionName parameter could not be found. …"  (not deployed)
 * Those are the service's fault and say "服务暂时出错"; everything else
 * (no connection, request:fail …) is "网络不给力". Both keep the request id
 * for the retry (see keepsRequestId), since the server may have done the work.
 */
import { AppError } from '../domain/shared/app-error'
import { networkError } from './envelope'

/** -404011 execution error, -504001 request to the function failed, -504002 FUNCTIONS_EXECUTE_FAIL, -504003 timeout, -501000 no such function. */
const CRASHED = [-404011, -504001, -504002]
const TIMED_OUT = -504003
const MISSING = -501000

function codesIn(error: unknown): number[] {
  if (typeof error !== 'object' || error === null) return []
  const e = error as { errCode?: unknown; errno?: unknown; errMsg?: unknown; message?: unknown }
  const text = [e.errMsg, e.message].filter((t): t is string => typeof t === 'string').join(' ')
  const codes = [...text.matchAll(/-\d{6}\b/g)].map((m) => Number(m[0]))
  if (typeof e.errCode === 'number') codes.unshift(e.errCode)
  return codes
}

function textOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error)
  const e = error as { errMsg?: unknown; message?: unknown }
  return [e.errMsg, e.message].filter((t) => typeof t === 'string').join(' ')
}

/** The AppError a page or the outbox sees for a callFunction that rejected. */
export function cloudCallError(error: unknown, fn: string): AppError {
  const codes = codesIn(error)
  const text = textOf(error)
  if (codes.includes(MISSING) || /FunctionName parameter could not be found|ResourceNotFound\.Function/i.test(text)) {
    return new AppError('INTERNAL', `服务暂时出错：云函数 ${fn} 未部署或不可用，请联系工会管理员`)
  }
  if (codes.includes(TIMED_OUT) || /Invoking task timed out/i.test(text)) return new AppError('INTERNAL', '服务暂时出错：处理超时，请稍后重试')
  if (codes.some((code) => CRASHED.includes(code))) return new AppError('INTERNAL', '服务暂时出错，请稍后重试')
  return networkError()
}
