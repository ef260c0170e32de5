import { regionsWithStandard } from '../../../src/domain/policy/standard-regions'

describe('regionsWithStandard', () => {
  it('lists every shipped region with a 低保 standard in force, named', () => {
    const regions = regionsWithStandard('2026-11-22')
    expect(regions.map((r) => r.regionCode)).toEqual(['130306', '330600', '420802', '420804', '420821', '420822', '420881', '420882'])
    expect(regions.every((r) => !r.name.startsWith('地区代码'))).toBe(true)
  })

  it('leaves out standards not yet in force', () => {
    expect(regionsWithStandard('2017-06-01').map((r) => r.regionCode)).toEqual(['330600'])
  })
})
