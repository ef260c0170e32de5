/**
 * HTTP transport to the local host (`POST /api/<fn>`), used by the browser
 * build. The WeChat build uses transport.weapp.ts (cloud functions) instead;
 * Taro picks the file by platform.
 */
import Taro from '@tarojs/taro'
import { AppError, isErrorBody } from '../domain/shared/app-error'
import { networkError, type CallRequest } from './envelope'
import { session } from './session'

export async function send<T>({ fn, action, data, requestId }: CallRequest): Promise<T> {
  const token = session.token()
  let res: Taro.request.SuccessCallbackResult<Record<string, unknown>>
  try {
    res = await Taro.request({
      url: `/api/${fn}`,
      method: 'POST',
      data: { action, data, requestId },
      header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      timeout: 15000,
    })
  } catch {
    throw networkError()
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T
  if (isErrorBody(res.data)) {
    if (res.data.code === 'UNAUTHENTICATED') session.expire()
    throw new AppError(res.data.code, res.data.message, res.data.fields)
  }
  throw networkError()
}
