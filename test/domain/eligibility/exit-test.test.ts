/** 脱困: per-capita income above B in each of the last 6 months. */
import { exitTest, householdExitTest } from '../../../src/domain/eligibility/exit-test'

const B = 55000

describe('exitTest', () => {
  it.each([
    ['six months above', [55001, 60000, 60000, 60000, 60000, 60000], true],
    ['five above, one exactly at B', [60000, 60000, 55000, 60000, 60000, 60000], false],
    ['five above, one below', [60000, 60000, 60000, 60000, 60000, 40000], false],
    ['only five months on record', [60000, 60000, 60000, 60000, 60000], false],
    ['an older month below does not count', [40000, 60000, 60000, 60000, 60000, 60000, 60000], true],
  ])('%s', (_case, perCapita, expected) => {
    expect(exitTest(perCapita, B)).toBe(expected)
  })

  it('follows the policy month count', () => {
    expect(exitTest([60000, 60000, 60000], B, 3)).toBe(true)
  })
})

describe('householdExitTest', () => {
  it('compares household income with n × B, never a rounded per-capita figure', () => {
    // 3 people: 1650.01 a month is 550.0033… per person, above 550; 1650.00 is exactly 550, not above.
    expect(householdExitTest(Array<number>(6).fill(165001), 3, B)).toBe(true)
    expect(householdExitTest([165001, 165001, 165001, 165001, 165001, 165000], 3, B)).toBe(false)
  })
})
