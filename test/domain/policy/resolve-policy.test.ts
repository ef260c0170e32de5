/** The seeds' figures, the county → city → province → national fallback, and effective dating. */
import { NATIONAL_CRITERIA_TESTS, NATIONAL_DEFAULTS, type PolicyRecord } from '../../../src/domain/policy/policy'
import { regionChain, resolvePolicy } from '../../../src/domain/policy/resolve-policy'

describe('resolvePolicy: the seeds', () => {
  it.each([
    ['东宝区', '420802', '2018-06-01', 57500, 86300],
    ['掇刀区', '420804', '2018-06-01', 57500, 86300],
    ['京山（旧县代码）', '420821', '2018-06-01', 50000, 75000],
    ['京山市', '420882', '2018-06-01', 50000, 75000],
    ['沙洋县', '420822', '2018-06-01', 50000, 75000],
    ['钟祥市', '420881', '2018-06-01', 50000, 75000],
  ])('荆门 %s (%s) on %s: B %i fen, published L %i fen', (_name, code, asOf, b, l) => {
    const policy = resolvePolicy(code, asOf)
    expect(policy.standard).toEqual({ minimumLivingFen: b, lowIncomeFen: l, source: `地区代码${code}，2018-01-01起执行` })
    expect(policy.valueListSet).toBe('jingmen')
  })

  it('抚宁 130306 in 2018: B = 550, L derived (150%), approved at county level (Hebei)', () => {
    const policy = resolvePolicy('130306', '2018-03-01')
    expect(policy.standard).toEqual({ minimumLivingFen: 55000, source: '地区代码130306，2018-01-01起执行' })
    expect(policy.terms).toEqual({ lowIncomePercent: 150, suddenHardshipPercent: 300, incomeMonths: 6, exitMonths: 6, criteriaTests: NATIONAL_CRITERIA_TESTS })
    expect(policy.approvingLevel).toBe('county')
    expect(policy.sources).toMatchObject({ minimumLiving: '130306@2018-01-01', approvingLevel: '130000@2017-12-28', valueListSet: 'national' })
  })

  it('绍兴 越城区 330602 falls back to the city 330600: B = 400 with the 120% band', () => {
    const policy = resolvePolicy('330602', '2010-12-01')
    expect(policy.standard?.minimumLivingFen).toBe(40000)
    expect(policy.terms).toMatchObject({ lowIncomePercent: 120, suddenHardshipPercent: 120 })
    expect(policy.valueListSet).toBe('shaoxing')
    expect(policy.sources.minimumLiving).toBe('330600@2010-01-01')
  })

  it('泸州 510502 uses its lists and grassroots approval from the notice date', () => {
    expect(resolvePolicy('510502', '2018-04-01')).toMatchObject({ valueListSet: 'luzhou', approvingLevel: 'grassroots', standard: null })
    expect(resolvePolicy('510502', '2018-03-26')).toMatchObject({ valueListSet: 'national', approvingLevel: 'county' })
  })

  it('山东 370102 uses the Shandong lists', () => {
    expect(resolvePolicy('370102', '2018-01-01').valueListSet).toBe('shandong')
  })
})

describe('resolvePolicy: no B', () => {
  it.each([
    ['抚宁 before 2018', '130306', '2017-12-31'],
    ['绍兴 before 2010', '330602', '2009-12-31'],
    ['another Qinhuangdao district (北戴河)', '130304', '2018-03-01'],
    ['Jingmen city code itself (two figures, none city-wide)', '420800', '2018-06-01'],
    ['Jingmen before 2018', '420802', '2017-06-01'],
    ['an unknown province', '650102', '2020-01-01'],
  ])('%s → no standard', (_case, code, asOf) => {
    expect(resolvePolicy(code, asOf).standard).toBeNull()
  })

  it('an unknown province gets the national default', () => {
    const policy = resolvePolicy('650102', '2020-01-01')
    expect(policy).toMatchObject({
      regionCode: '650102',
      asOf: '2020-01-01',
      standard: null,
      publicityWorkingDays: 5,
      approvingLevel: 'county',
      valueListSet: 'national',
    })
    expect(policy.terms).toEqual({
      lowIncomePercent: NATIONAL_DEFAULTS.lowIncomePercent,
      suddenHardshipPercent: 300,
      incomeMonths: 6,
      exitMonths: 6,
      criteriaTests: NATIONAL_CRITERIA_TESTS,
    })
    expect(Object.values(policy.sources).every((s) => s === 'national')).toBe(true)
  })
})

describe('resolvePolicy: fallback and effective dating (own records)', () => {
  const rec = (regionCode: string, effectiveFrom: string, fields: Partial<PolicyRecord>): PolicyRecord => ({
    regionCode,
    effectiveFrom,
    source: 'test',
    ...fields,
  })
  const records = [
    rec('990000', '2015-01-01', { minimumLiving: 300, publicityWorkingDays: 7 }),
    rec('990100', '2016-01-01', { minimumLiving: 400, lowIncome: 650 }),
    rec('990100', '2019-01-01', { minimumLiving: 450 }),
    rec('990101', '2017-01-01', { minimumLiving: 500, lowIncome: 700 }),
    rec('990101', '2020-01-01', { lowIncome: 760 }),
    rec('990102', '2018-01-01', { minimumLiving: 520 }),
    rec('990102', '2018-01-01', { minimumLiving: 530 }),
  ]
  const b = (code: string, asOf: string) => resolvePolicy(code, asOf, records).standard

  it.each([
    ['county record', '990101', '2018-06-01', 50000],
    ['county not yet in force → city', '990101', '2016-06-01', 40000],
    ['the most specific level wins over a newer city record', '990101', '2019-06-01', 50000],
    ['county without records → city, newest in force', '990103', '2019-06-01', 45000],
    ['city not yet in force → province', '990103', '2015-06-01', 30000],
    ['another city → province', '990201', '2019-06-01', 30000],
    ['same date: the later record wins', '990102', '2018-06-01', 53000],
  ])('%s', (_case, code, asOf, fen) => {
    expect(b(code, asOf)?.minimumLivingFen).toBe(fen)
  })

  it('pairs L with its own B and never with an older one', () => {
    expect(b('990103', '2016-06-01')).toMatchObject({ minimumLivingFen: 40000, lowIncomeFen: 65000 })
    // The city's B changed in 2019 without a new L: the 2016 L no longer applies, L is derived again.
    expect(b('990103', '2019-06-01')).toEqual({ minimumLivingFen: 45000, source: '地区代码990100，2019-01-01起执行' })
    // A newer L alone updates the county's pair.
    expect(b('990101', '2020-06-01')).toMatchObject({ minimumLivingFen: 50000, lowIncomeFen: 76000 })
  })

  it('resolves each field on its own', () => {
    expect(resolvePolicy('990101', '2018-06-01', records)).toMatchObject({ publicityWorkingDays: 7, valueListSet: 'national' })
  })
})

describe('regionChain', () => {
  it.each([
    ['420802', ['420802', '420800', '420000']],
    ['330600', ['330600', '330000']],
    ['130000', ['130000']],
  ])('%s → %j', (code, chain) => {
    expect(regionChain(code)).toEqual(chain)
  })

  it.each(['13030', '013030', 'abcdef', '1303061'])('refuses %s', (code) => {
    expect(() => regionChain(code)).toThrow()
  })
})
