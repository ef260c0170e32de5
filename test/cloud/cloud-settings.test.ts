/** Cloud configuration: complete settings parse; each missing piece is named. */
import { ConfigError, readCloudSettings, templateVar } from '../../cloudfunctions/cloud/cloud-settings'

const complete = {
  TCB_ENV: 'prod-1a2b',
  TENCENTCLOUD_SECRETID: 'id',
  TENCENTCLOUD_SECRETKEY: 'key',
  BANGFU_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  BANGFU_HASH_KEY: Buffer.alloc(32, 8).toString('hex'),
  BANGFU_TOKEN_KEY: Buffer.alloc(32, 9).toString('base64url'),
  BANGFU_TEMPLATE_EMPLOYEE_BOUND: 'tmpl_AbCdEf0123456789-xyz',
}

describe('readCloudSettings', () => {
  it('reads the environment ID, three 32-byte keys in base64 or hex, and the templates', () => {
    const settings = readCloudSettings(complete)
    expect(settings.envId).toBe('prod-1a2b')
    expect(settings.keys.hashKey).toEqual(Buffer.alloc(32, 8))
    expect(settings.keys.tokenKey).toEqual(Buffer.alloc(32, 9))
    expect(settings.templates.employeeBound?.templateId).toBe('tmpl_AbCdEf0123456789-xyz')
    expect(readCloudSettings({ ...complete, BANGFU_ENV_ID: 'other' }).envId).toBe('other')
    expect(templateVar('employeeBound')).toBe('BANGFU_TEMPLATE_EMPLOYEE_BOUND')
  })

  it.each([
    ['TCB_ENV', undefined, /BANGFU_ENV_ID/],
    ['TENCENTCLOUD_SECRETID', undefined, /TENCENTCLOUD_SECRETID/],
    ['BANGFU_DATA_KEY', undefined, /BANGFU_DATA_KEY/],
    ['BANGFU_HASH_KEY', Buffer.alloc(16).toString('base64'), /BANGFU_HASH_KEY.*32字节/],
    ['BANGFU_TOKEN_KEY', 'not a key at all', /BANGFU_TOKEN_KEY/],
    ['BANGFU_TEMPLATE_EMPLOYEE_BOUND', 'x', /BANGFU_TEMPLATE_EMPLOYEE_BOUND/],
    ['BANGFU_MINIPROGRAM_STATE', 'beta', /BANGFU_MINIPROGRAM_STATE/],
  ])('names %s when it is wrong', (name, value, message) => {
    const attempt = () => readCloudSettings({ ...complete, [name]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
  })
})
