/** src/domain/shared/money.ts: exact yuan → fen, and rounding for display only. */
import { divideRoundHalfUp, fenToYuan, formatYuan, parseYuan, yuanAmount, yuanToFen } from '../../../src/domain/shared/money'

describe('parseYuan', () => {
  it.each([
    [550, 55000],
    [550.5, 55050],
    [0.01, 1],
    [0, 0],
    ['1650.02', 165002],
    [' 12.30 ', 1230],
    ['12.300', 1230],
    ['7.', 700],
    [1650.01 + 0, 165001],
    [100_000_000, 10_000_000_000],
  ])('%j yuan → %i fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, fen })
  })

  it.each([
    [550.005, '最多只能有两位小数（精确到分）'],
    ['0.001', '最多只能有两位小数（精确到分）'],
    [1e-7, '应为金额数字（元），最多两位小数'],
    [-1, '不能为负数'],
    ['-0.5', '不能为负数'],
    [Number.NaN, '应为有限的数字'],
    [Number.POSITIVE_INFINITY, '应为有限的数字'],
    ['', '不能为空'],
    [null, '应为金额数字（元）'],
    [true, '应为金额数字（元）'],
    ['1,000', '应为金额数字（元），最多两位小数'],
    ['1e3', '应为金额数字（元），最多两位小数'],
    [100_000_000.01, '不能超过10000万元'],
  ])('refuses %j: %s', (input, reason) => {
    expect(parseYuan(input)).toEqual({ ok: false, reason })
  })

  it('the field builder names the field', () => {
    const result = yuanAmount('低保标准').safeParse(1.234)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues[0]?.message).toBe('低保标准最多只能有两位小数（精确到分）')
    expect(yuanAmount('低保标准').safeParse(undefined).error?.issues[0]?.message).toBe('低保标准不能为空')
  })

  it('yuanToFen throws on a bad figure in code', () => {
    expect(yuanToFen(575)).toBe(57500)
    expect(() => yuanToFen(575.001)).toThrow()
  })
})

describe('display', () => {
  it.each([
    [1, 2, 1], // 0.5 → 1: half up
    [3, 2, 2],
    [5, 2, 3],
    [1, 3, 0],
    [2, 3, 1],
    [990009, 18, 55001], // 550.005 yuan → 550.01
    [989991, 18, 55000], // 549.995 → 550.00
    [-1, 2, -1], // halves away from zero
    [-1, 3, 0],
    [0, 7, 0],
  ])('%i / %i rounds half up to %i', (n, d, expected) => {
    expect(divideRoundHalfUp(n, d)).toBe(expected)
  })

  it('refuses a non-integer or non-positive divisor', () => {
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow()
    expect(() => divideRoundHalfUp(1, 0)).toThrow()
  })

  it.each([
    [55001, '550.01', 550.01],
    [55000, '550.00', 550],
    [5, '0.05', 0.05],
    [-150, '-1.50', -1.5],
  ])('%i fen reads %s and is %d yuan', (fen, text, yuan) => {
    expect(formatYuan(fen)).toBe(text)
    expect(fenToYuan(fen)).toBe(yuan)
  })
})
