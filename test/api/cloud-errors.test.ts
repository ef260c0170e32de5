/**
 * A failed wx.cloud.callFunction, in the shapes the base library produces
 * (errCode/errMsg as reported from real mini-programs): a function that is
 * missing, crashed or timed out is the service's fault (服务暂时出错, code
 * INTERNAL), anything else the network's (网络不给力); both keep the request id.
 */
import { cloudCallError } from '../../src/api/cloud-errors'
import { keepsRequestId } from '../../src/api/envelope'

/** The base library's error object: an Error whose message repeats errCode and errMsg. */
function wxCloudError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(`errCode: ${errCode} | errMsg: ${errMsg}`), { errCode, errMsg })
}

const SHAPES = {
  crashed: wxCloudError(
    -404011,
    'cloud.callFunction:fail requestID 16a64188-1c34-446a-b65a-945beb53944b, cloud function service error code -504002, error message TypeError: Cannot read properties of undefined; at cloud.callFunction api;',
  ),
  timedOut: wxCloudError(-504003, 'cloud.callFunction:fail Error: errCode: -504003  | errMsg: Invoking task timed out after 10 seconds'),
  missing: wxCloudError(
    -501000,
    'cloud.callFunction:fail Error: errCode: -501000  | errMsg: FunctionName parameter could not be found. (callId: 1694400404469-0.2191) (trace: 10:46:44 start->10:46:44 system error (Error: errCode: -501000  | errMsg: FunctionName parameter could not be found.), abort)',
  ),
  /** The same, when the outer errCode is the generic -1 and only the text carries the code. */
  missingGeneric: wxCloudError(-1, 'cloud.callFunction:fail Error: errCode: -501000  | errMsg: FunctionName parameter could not be found.'),
  offline: Object.assign(new Error('cloud.callFunction:fail request:fail'), { errMsg: 'cloud.callFunction:fail request:fail' }),
  timeoutOfRequest: { errMsg: 'cloud.callFunction:fail request:fail timeout' },
}

describe('cloudCallError', () => {
  it.each([
    ['crashed', '服务暂时出错，请稍后重试'],
    ['timedOut', '服务暂时出错：处理超时，请稍后重试'],
    ['missing', '服务暂时出错：云函数 visit 未部署或不可用，请联系工会管理员'],
    ['missingGeneric', '服务暂时出错：云函数 visit 未部署或不可用，请联系工会管理员'],
  ] as const)('a %s function is a service fault', (shape, message) => {
    const error = cloudCallError(SHAPES[shape], 'visit')
    expect(error.toBody()).toEqual({ code: 'INTERNAL', message })
    expect(keepsRequestId(error)).toBe(true)
  })

  it.each(['offline', 'timeoutOfRequest'] as const)('%s is the network', (shape) => {
    const error = cloudCallError(SHAPES[shape], 'visit')
    expect(error.toBody()).toEqual({ code: 'NETWORK', message: '网络不给力，请检查网络后重试' })
    expect(keepsRequestId(error)).toBe(true)
  })
})
