import { CONSENT_VERSION, consentField } from '../../../src/domain/application/consent'
import { FILE_NUMBER, formatFileNumber } from '../../../src/domain/application/file-number'
import { spreadMonthly } from '../../../src/domain/application/household-assessment'
import { publicityEndDate, publicityOver } from '../../../src/domain/application/publicity'

describe('publicity in working days (weekends skipped, holidays not modelled)', () => {
  it.each([
    ['2026-11-23', 5, '2026-11-27'], // Monday → Friday
    ['2026-11-26', 5, '2026-12-02'], // Thursday: over a weekend
    ['2026-11-22', 5, '2026-11-27'], // starts on a Sunday: counts from Monday
    ['2026-11-27', 1, '2026-11-27'],
  ])('from %s for %i days ends on %s', (start, days, end) => expect(publicityEndDate(start, days)).toBe(end))

  it('is over only after its last day', () => {
    expect(publicityOver('2026-11-27', '2026-11-27')).toBe(false)
    expect(publicityOver('2026-11-27', '2026-11-28')).toBe(true)
  })
})

describe('file numbers', () => {
  it('reads <region>-<year>-<5-digit sequence>', () => {
    expect(formatFileNumber('130306', '2026', 42)).toBe('130306-2026-00042')
    expect(formatFileNumber('130306', '2026', 42)).toMatch(FILE_NUMBER)
  })
})

describe('half-year income spread over months', () => {
  it('keeps the total exact', () => {
    expect(spreadMonthly(1000, 6)).toEqual([167, 167, 167, 167, 166, 166])
    expect(spreadMonthly(1000, 6).reduce((a, b) => a + b)).toBe(1000)
  })
})

describe('consent', () => {
  const parse = (value: unknown) => consentField().safeParse(value)
  it('needs the current version, agreed', () => {
    expect(parse({ version: CONSENT_VERSION, agreed: true }).success).toBe(true)
    expect(parse({ version: CONSENT_VERSION, agreed: false }).error?.issues[0]?.message).toBe('请阅读并同意授权书（声明书）后再提交')
    expect(parse({ version: 'v0', agreed: true }).error?.issues[0]?.message).toBe('授权书（声明书）已更新，请重新阅读并同意')
    expect(parse(undefined).success).toBe(false)
  })
})
