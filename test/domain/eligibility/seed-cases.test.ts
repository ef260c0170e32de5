/**
 * Cases derived from the seeds (/work/shared/seeds), through the region lookup as the
 * `assess` command runs them. The same table is in src/domain/eligibility/README.md.
 */
import { NO_STANDARD_MESSAGE } from '../../../src/domain/eligibility/assess-request'
import { assess, assessError, months, six } from './household'

const FUNING = { regionCode: '130306', asOf: '2018-03-01' }
const DONGBAO = { regionCode: '420802', asOf: '2018-03-15' }
const JINGSHAN = { regionCode: '420882', asOf: '2018-03-15' }
const SHAYANG = { regionCode: '420822', asOf: '2018-03-15' }
const ZHONGXIANG = { regionCode: '420881', asOf: '2018-03-15' }
const YUECHENG = { regionCode: '330602', asOf: '2010-12-01' }

describe('cases derived from the seeds', () => {
  it.each([
    // seed 004, 抚宁 B = 550
    ['S1 抚宁 3人 P=500 领低保', { ...FUNING, householdSize: 3, monthlyIncome: six(1500), receivesDibao: true }, 2, '低保户', 500],
    ['S2 抚宁 3人 6个月每月P≈533 未领低保', { ...FUNING, householdSize: 3, monthlyIncome: six(1600) }, 1, '低保边缘户', 533.33],
    [
      'S3 抚宁 3人 P=825=L 患病 支出9900',
      { ...FUNING, householdSize: 3, monthlyIncome: six(2475), specialReasons: ['illness'], specialExpensesAnnual: 9900 },
      3,
      '低保边缘户',
      825,
    ],
    [
      'S4 抚宁 2人 P=1650=3B 意外 支出26400',
      { ...FUNING, householdSize: 2, monthlyIncome: six(3300), suddenHardship: 'accident', suddenExpensesAnnual: 26400 },
      4,
      '意外致困户',
      1650,
    ],
    // seed 002, 荆门 575 / 863 central, 500 / 750 elsewhere
    ['S5 东宝 2人 P=550<575 领低保', { ...DONGBAO, householdSize: 2, monthlyIncome: six(1100), receivesDibao: true }, 2, '低保户', 550],
    [
      'S6 东宝 2人 P=863（公布的上限，不是862.5） 患病 支出6912',
      { ...DONGBAO, householdSize: 2, monthlyIncome: six(1726), specialReasons: ['illness'], specialExpensesAnnual: 6912 },
      3,
      '低保边缘户',
      863,
    ],
    [
      'S7 京山 2人 P=550≥500 患病 支出1200',
      { ...JINGSHAN, householdSize: 2, monthlyIncome: six(1100), specialReasons: ['illness'], specialExpensesAnnual: 1200 },
      3,
      '低保边缘户',
      550,
    ],
    [
      'S8 沙洋 1人 P=750=L 子女上学 支出3000',
      { ...SHAYANG, householdSize: 1, monthlyIncome: six(750), specialReasons: ['schooling'], specialExpensesAnnual: 3000 },
      3,
      '低保边缘户',
      750,
    ],
    [
      'S9 钟祥 1人 P=1500=3B 重大疾病 自费医疗12000',
      { ...ZHONGXIANG, householdSize: 1, monthlyIncome: six(1500), suddenHardship: 'majorIllness', suddenExpensesAnnual: 12000 },
      4,
      '意外致困户',
      1500,
    ],
    // seed 003, 绍兴 400 with one 120% band (480)
    [
      'S10 越城 1人 P=480 患病 支出960',
      { ...YUECHENG, householdSize: 1, monthlyIncome: six(480), specialReasons: ['illness'], specialExpensesAnnual: 960 },
      3,
      '低保边缘户',
      480,
    ],
  ])('%s', (_case, input, criterion, category, perCapita) => {
    expect(assess(input)).toMatchObject({ eligible: true, criterion, category, perCapitaMonthlyIncome: perCapita })
  })

  it.each([
    [
      'N1 东宝 P=863 with B=575 given outright: 1.5 × 575 = 862.5',
      { standard: { minimumLiving: 575 }, householdSize: 2, monthlyIncome: six(1726), specialReasons: ['illness'], specialExpensesAnnual: 6912 },
      'incomeAboveLowIncome',
    ],
    ['N2 京山 2人 P=550 领低保: not below 500', { ...JINGSHAN, householdSize: 2, monthlyIncome: six(1100), receivesDibao: true }, 'incomeNotBelowStandard'],
    [
      'N3 沙洋 P=750.01',
      { ...SHAYANG, householdSize: 1, monthlyIncome: months(750, 750, 750, 750, 750, 750.06), specialReasons: ['schooling'], specialExpensesAnnual: 9000 },
      'incomeAboveLowIncome',
    ],
    [
      'N4 越城 P=480.01',
      { ...YUECHENG, householdSize: 1, monthlyIncome: months(480, 480, 480, 480, 480, 480.06), specialReasons: ['illness'], specialExpensesAnnual: 9000 },
      'incomeAboveLowIncome',
    ],
    [
      'N5 越城 P=600 突发灾难: above the 120% band',
      { ...YUECHENG, householdSize: 1, monthlyIncome: six(600), suddenHardship: 'disaster', suddenExpensesAnnual: 9000 },
      'incomeAboveSuddenHardshipLimit',
    ],
    [
      'N6 抚宁 5 of 6 months below, no 低保',
      { ...FUNING, householdSize: 3, monthlyIncome: months(1700, 1600, 1600, 1600, 1600, 1600) },
      'notEveryMonthBelowStandard',
    ],
    [
      'N7 抚宁 P=825 患病 支出9899: one yuan short',
      { ...FUNING, householdSize: 3, monthlyIncome: six(2475), specialReasons: ['illness'], specialExpensesAnnual: 9899 },
      'specialExpensesInsufficient',
    ],
    ['N8 抚宁 领低保 but owns two homes', { ...FUNING, householdSize: 3, monthlyIncome: six(1500), receivesDibao: true, homesOwned: 2 }, 'twoOrMoreHomes'],
  ])('%s → not eligible', (_case, input, code) => {
    const out = assess(input)
    expect(out).toMatchObject({ eligible: false, criterion: null, category: null })
    expect(out.reasons).toContain(code)
  })

  it.each([
    ['抚宁 before 2018', { regionCode: '130306', asOf: '2017-12-31' }],
    ['绍兴 before 2010', { regionCode: '330602', asOf: '2009-06-01' }],
    ['泸州 (the seed gives no figure)', { regionCode: '510502', asOf: '2018-04-01' }],
    ['荆门 city code itself', { regionCode: '420800', asOf: '2018-06-01' }],
  ])('%s → no standard, a clear error', (_case, where) => {
    expect(assessError({ ...where, householdSize: 1, monthlyIncome: six(100) })).toEqual({
      code: 'INVALID_INPUT',
      message: NO_STANDARD_MESSAGE,
      fields: { 'standard.minimumLiving': NO_STANDARD_MESSAGE },
    })
  })

  it('an explicit standard fills the gap and the region still sets the terms', () => {
    const input = {
      regionCode: '330602',
      asOf: '2009-06-01',
      standard: { minimumLiving: 400 },
      householdSize: 1,
      monthlyIncome: six(600),
      suddenHardship: 'disaster',
      suddenExpensesAnnual: 9000,
    }
    // Without a Shaoxing record in force in 2009 the national 300% applies.
    expect(assess(input)).toMatchObject({ eligible: true, criterion: 4 })
  })

  it('quotes where the standard came from', () => {
    expect(assess({ ...DONGBAO, householdSize: 2, monthlyIncome: six(1100), receivesDibao: true }).explanation).toContain(
      '低保标准575元（地区代码420802，2018-01-01起执行），低收入标准863元',
    )
  })
})
