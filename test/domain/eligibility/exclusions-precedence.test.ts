/** 不予建档 beats every criterion; among the criteria 2 beats 1, then 3, then 4; the category follows the criterion. */
import { EXCLUSION_CODES } from '../../../src/domain/eligibility/eligibility'
import { shouldBlacklist } from '../../../src/domain/eligibility/exclusions'
import { assess, household, months, six } from './household'

/** Meets criterion 2 (P = 500 < B, 低保) and criterion 4 (an accident): eligible whatever the exclusions say. */
const needy = household({ receivesDibao: true, suddenHardship: 'accident' })

describe('exclusions', () => {
  it.each([
    ['twoOrMoreHomes', { homesOwned: 2 }, '拥有2套（含）以上住房'],
    ['commercialPremises', { ownsCommercialPremises: true }, '拥有商业店铺'],
    ['employsOthers', { employsOthers: true }, '雇佣他人从事经营活动'],
    ['highFeeSchooling', { childAtHighFeeSchoolOrAbroad: true }, '高收费私立学校或自费出国留学'],
    ['vehicles', { usesVehiclesNotAsEmployee: true }, '非受雇佣经常使用机动车辆'],
    ['refusedInvestigation', { refusedInvestigation: true }, '拒绝调查核实'],
    ['blacklisted', { blacklisted: true }, '黑名单'],
  ])('%s excludes a household that meets criteria 2 and 4', (code, facts, words) => {
    const out = assess({ ...needy, ...facts })
    expect(out).toMatchObject({ eligible: false, criterion: null, category: null, reasons: [code], perCapitaMonthlyIncome: 500 })
    expect(out.explanation).toContain('不予建档')
    expect(out.explanation).toContain(words)
  })

  it('lists every exclusion that applies, in a fixed order', () => {
    const all = {
      homesOwned: 3,
      ownsCommercialPremises: true,
      employsOthers: true,
      childAtHighFeeSchoolOrAbroad: true,
      usesVehiclesNotAsEmployee: true,
      refusedInvestigation: true,
      blacklisted: true,
    }
    expect(assess({ ...needy, ...all }).reasons).toEqual([...EXCLUSION_CODES])
  })

  it.each([0, 1])('%i home(s) is no exclusion', (homesOwned) => {
    expect(assess({ ...needy, homesOwned })).toMatchObject({ eligible: true, criterion: 2 })
  })

  it('false flags and nulls mean "no"', () => {
    expect(assess({ ...needy, blacklisted: false, employsOthers: null, homesOwned: null })).toMatchObject({ eligible: true })
  })
})

describe('precedence', () => {
  it.each([
    ['低保 and below B every month → 2, not 1', household({ monthlyIncome: six(1600), receivesDibao: true }), 2, '低保户', ['criterion2']],
    ['2 and 4 → 2', needy, 2, '低保户', ['criterion2', 'criterion4']],
    ['1 and 4 → 1', household({ monthlyIncome: six(1600), suddenHardship: 'disaster' }), 1, '低保边缘户', ['criterion1', 'criterion4']],
    [
      '3 and 4 → 3',
      household({
        monthlyIncome: six(2475),
        specialReasons: ['illness'],
        specialExpensesAnnual: 9900,
        suddenHardship: 'majorIllness',
        suddenExpensesAnnual: 9900,
      }),
      3,
      '低保边缘户',
      ['criterion3', 'criterion4'],
    ],
    [
      '4 alone, below B without 低保 for 5 months',
      household({ monthlyIncome: months(1700, 1600, 1600, 1600, 1600, 1600), suddenHardship: 'other' }),
      4,
      '意外致困户',
      ['criterion4'],
    ],
  ])('%s', (_case, input, criterion, category, reasons) => {
    expect(assess(input)).toMatchObject({ eligible: true, criterion, category, reasons })
  })

  it('says why each criterion fails when none is met, once per reason', () => {
    const out = assess(household({ monthlyIncome: six(6000) }))
    expect(out).toMatchObject({ eligible: false, criterion: null, category: null })
    expect(out.reasons).toEqual(['incomeNotBelowStandard', 'incomeAboveLowIncome', 'incomeAboveSuddenHardshipLimit'])
    expect(out.explanation).toContain('结论：不符合建档条件。')
    expect(out.explanation).toContain('不符合第1、2条')
    expect(out.explanation).toContain('超过低保标准的3倍（1650元）')
  })
})

describe('shouldBlacklist', () => {
  it.each([
    [0, false, false],
    [1, false, false],
    [2, false, true],
    [3, false, true],
    [0, true, true],
  ])('%i untrue submission(s), fraud proven %s → %s', (submissions, fraud, expected) => {
    expect(shouldBlacklist(submissions, fraud)).toBe(expected)
  })
})
