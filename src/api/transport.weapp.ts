/** WeChat transport: cloud functions, where the platform itself vouches for the caller's OPENID. */
import Taro from '@tarojs/taro'
import { cloudCallError } from './cloud-errors'
import { networkError, unwrap, type CallRequest } from './envelope'

export async function send<T>({ fn, action, data, requestId }: CallRequest): Promise<T> {
  if (!Taro.cloud) throw networkError()
  let result: unknown
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data, requestId } })
    result = res.result
  } catch (error) {
    // A missing, crashed or timed-out function is the service's fault, not the network's.
    throw cloudCallError(error, fn)
  }
  return unwrap<T>(result)
}
