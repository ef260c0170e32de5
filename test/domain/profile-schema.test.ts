import { bindProfileInput } from '../../src/domain/account/profile.schema'
import { fieldErrorsOf, invalidInput } from '../../src/domain/shared/app-error'

const schema = bindProfileInput({ today: '2026-11-22' })
const good = { name: '王小梅', idNumber: '130306198403120227', mobile: '17000000001', unionId: 'u01' }

describe('bindProfileInput', () => {
  it('accepts a good profile and normalises the ID number', () => {
    expect(schema.parse({ ...good, idNumber: '11010519491231002x' }).idNumber).toBe('11010519491231002X')
  })

  it('names every bad field in Chinese', () => {
    const result = schema.safeParse({ name: 'A', idNumber: '130306198403120228', mobile: '12345', unionId: '' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldErrorsOf(result.error)).toEqual({
      name: '姓名应为2至20个汉字（少数民族姓名可用·分隔）',
      idNumber: '身份证号校验位不正确',
      mobile: '手机号码应为11位手机号，以1开头',
      unionId: '请选择所属基层工会',
    })
    expect(invalidInput(result.error).message).toBe('姓名应为2至20个汉字（少数民族姓名可用·分隔）（共4处需要修改）')
  })

  it('says a missing field is missing', () => {
    const result = schema.safeParse({})
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldErrorsOf(result.error)).toMatchObject({ name: '姓名不能为空', idNumber: '身份证号不能为空', mobile: '手机号码不能为空' })
  })

  it('accepts minority names with a middle dot', () => {
    expect(schema.safeParse({ ...good, name: '阿依古丽·买买提' }).success).toBe(true)
  })
})
