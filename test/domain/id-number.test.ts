import { checkCharacter, parseIdNumber, upgradeLegacy } from '../../src/domain/shared/id-number'

const TODAY = '2026-11-22'
const withCheck = (first17: string) => first17 + checkCharacter(first17)

describe('parseIdNumber', () => {
  it('accepts a valid number and derives birth date, sex and age', () => {
    expect(parseIdNumber(withCheck('13030619840312002'), TODAY)).toEqual({
      valid: true,
      normalized: withCheck('13030619840312002'),
      birthDate: '1984-03-12',
      sex: '女',
      age: 42,
    })
    expect(parseIdNumber(withCheck('13030619761105003'), TODAY)).toMatchObject({ sex: '男', age: 50 })
  })

  it('counts age in whole years, the birthday not yet reached this year', () => {
    expect(parseIdNumber(withCheck('13030619801123001'), TODAY)).toMatchObject({ age: 45 })
    expect(parseIdNumber(withCheck('13030619801122001'), TODAY)).toMatchObject({ age: 46 })
  })

  it('accepts a lower-case x check character and normalises it to upper case', () => {
    // 11010519491231002X is the standard's own example.
    expect(parseIdNumber('11010519491231002x', TODAY)).toMatchObject({ valid: true, normalized: '11010519491231002X' })
  })

  it.each([
    ['wrong check character', '130306198403120228', '校验位不正确'],
    ['30 February', withCheck('13030619840230002'), '出生日期不是有效日期'],
    ['29 February in a non-leap year', withCheck('13030619830229002'), '出生日期不是有效日期'],
    ['a future birth date', withCheck('13030620270101002'), '出生日期晚于今天'],
    ['17 characters', '13030619840312002', '应为18位（或15位旧号码）'],
    ['letters inside', '13030619840312A027', '只能包含数字，最后一位可以是X'],
    ['an empty string', '  ', '不能为空'],
    ['month 13', withCheck('13030619841312002'), '出生日期不是有效日期'],
  ])('refuses %s', (_case, input, reason) => {
    expect(parseIdNumber(input, TODAY)).toEqual({ valid: false, reason })
  })

  it('accepts 29 February in a leap year', () => {
    expect(parseIdNumber(withCheck('13030619840229002'), TODAY)).toMatchObject({ valid: true, birthDate: '1984-02-29' })
  })

  it('upgrades a 15-digit legacy number to 18 characters', () => {
    expect(upgradeLegacy('130306840312002')).toBe(withCheck('13030619840312002'))
    expect(parseIdNumber('130306840312002', TODAY)).toMatchObject({ valid: true, normalized: withCheck('13030619840312002'), birthDate: '1984-03-12' })
  })

  it('refuses a 15-digit number whose date is impossible', () => {
    expect(parseIdNumber('130306830229002', TODAY)).toEqual({ valid: false, reason: '出生日期不是有效日期' })
  })
})
