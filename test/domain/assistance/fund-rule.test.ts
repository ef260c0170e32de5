/** The fund rule (seed 001 一(三)6) at every pair of file level and fund level. */
import { FUND_LEVELS, fundRuleProblem, mayPayFrom } from '../../../src/domain/assistance/fund-rule'

const pairs = FUND_LEVELS.flatMap((file, fileRank) => FUND_LEVELS.map((fund, fundRank) => [file, fund, fundRank >= fileRank] as const))

describe('fund rule', () => {
  it('covers all 25 pairs', () => expect(pairs).toHaveLength(25))

  it.each(pairs)('a %s file paid from a %s fund: allowed %s', (file, fund, allowed) => {
    expect(mayPayFrom(file, fund)).toBe(allowed)
    const problem = fundRuleProblem(file, fund)
    if (allowed) expect(problem).toBeUndefined()
    else {
      expect(problem).toContain(file)
      expect(problem).toContain(fund)
    }
  })

  it('lets a national file use every fund and a grassroots file only grassroots funds', () => {
    expect(FUND_LEVELS.every((fund) => mayPayFrom('全国级', fund))).toBe(true)
    expect(FUND_LEVELS.filter((fund) => mayPayFrom('基层级', fund))).toEqual(['基层级'])
    expect(fundRuleProblem('基层级', '县(区)级')).toBe('该户为基层级档案，只能使用基层级帮扶资金，不能使用县(区)级资金')
  })

  it('refuses a file level it cannot read', () => expect(fundRuleProblem('乡级', '基层级')).toContain('无法识别'))
})
