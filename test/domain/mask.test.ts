import { maskBankCard, maskIdNumber, maskMobile, maskName } from '../../src/domain/shared/mask'

describe('masking', () => {
  it('keeps the first 3 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('130306198403120227')).toBe('130***********0227')
  })
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskMobile('17000000001')).toBe('170****0001')
  })
  it('keeps the last 4 digits of a bank card', () => {
    expect(maskBankCard('6222020200112233445')).toBe('**** 3445')
  })
  it('keeps the surname only', () => {
    expect(maskName('王小梅')).toBe('王**')
    expect(maskName('王')).toBe('王')
  })
})
