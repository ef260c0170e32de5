import { divideRoundHalfUp, formatYuan, parseYuan } from '../../../src/domain/file-form/money-field'

describe('yuan ↔ fen', () => {
  it.each([
    ['0', 0],
    ['1500', 150000],
    ['800.5', 80050],
    ['800.50', 80050],
    [' 0.29 ', 29],
    [1200.5, 120050],
    [0.29, 29],
    ['100000000', 10_000_000_000],
  ] as const)('%p yuan is %p fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, fen })
  })

  it.each([
    ['', '不能为空'],
    ['1.005', '最多保留两位小数'],
    ['1.500', '最多保留两位小数'],
    [0.125, '最多保留两位小数'],
    ['-3', '不能为负数'],
    [-3, '不能为负数'],
    ['1,000', '应为金额（元），如1234.56'],
    ['1e3', '应为金额（元），如1234.56'],
    [Number.NaN, '应为金额（元），如1234.56'],
    ['100000000.01', '金额过大，请核对'],
  ] as const)('%p is refused: %s', (input, reason) => {
    expect(parseYuan(input)).toEqual({ ok: false, reason })
  })

  it('formats fen as yuan with two decimals', () => {
    expect([formatYuan(0), formatYuan(5), formatYuan(80050), formatYuan(-120)]).toEqual(['0.00', '0.05', '800.50', '-1.20'])
  })

  it('rounds a quotient half up in integers', () => {
    expect([divideRoundHalfUp(1, 2), divideRoundHalfUp(5, 4), divideRoundHalfUp(7, 4), divideRoundHalfUp(0, 3)]).toEqual([1, 1, 2, 0])
  })
})
