/**
 * Every line a household can sit on, at B = 550 and 3 people (6 months × 3 = 18 person-months):
 * P = B ⟺ household 1650 a month; P = L (825) ⟺ 2475; P = 3 × B (1650) ⟺ 4950.
 */
import { assess, household, months, six } from './household'

describe('criterion 2: P < B and receiving 低保', () => {
  it.each([
    ['P = 500 < B', six(1500), true, 2],
    ['P one fen-month below B (549.9994…)', months(1650, 1650, 1650, 1650, 1650, 1649.99), true, 2],
    ['P = B exactly is not below', six(1650), false, null],
    ['P = 550.005 is not below (shown as 550.01)', months(1650.01, 1650.02, 1650.01, 1650.02, 1650.01, 1650.02), false, null],
  ])('%s', (_case, monthlyIncome, eligible, criterion) => {
    expect(assess(household({ monthlyIncome, receivesDibao: true }))).toMatchObject({ eligible, criterion })
  })

  it('is 低保户 and explains the figures', () => {
    const out = assess(household({ receivesDibao: true }))
    expect(out).toMatchObject({ eligible: true, criterion: 2, category: '低保户', perCapitaMonthlyIncome: 500, reasons: ['criterion2'] })
    expect(out.explanation).toContain('人均每月500元')
    expect(out.explanation).toContain('低保标准550元')
    expect(out.explanation).toContain('困难类别为低保户')
  })

  it('without 低保 it is not criterion 2', () => {
    expect(assess(household({ monthlyIncome: months(1700, 1500, 1500, 1500, 1500, 1500) })).reasons).toContain('notReceivingDibao')
  })
})

describe('criterion 1: below B in each of the last 6 months, without 低保', () => {
  it.each([
    ['six months below', six(1600), true],
    ['five below, the oldest above', months(1700, 1600, 1600, 1600, 1600, 1600), false],
    ['five below, the newest above', months(1600, 1600, 1600, 1600, 1600, 1700), false],
    ['five below, one exactly at B (1650 / 3 = 550 is not below)', months(1600, 1600, 1650, 1600, 1600, 1600), false],
    ['only the last six count: an older month above does not matter', months(3000, 3000, 1600, 1600, 1600, 1600, 1600, 1600), true],
    ['one fen short of B every month', six(1649.99), true],
  ])('%s', (_case, monthlyIncome, eligible) => {
    const out = assess(household({ monthlyIncome }))
    expect(out.eligible).toBe(eligible)
    if (eligible) expect(out).toMatchObject({ criterion: 1, category: '低保边缘户', reasons: ['criterion1'] })
    else expect(out.reasons).toContain('notEveryMonthBelowStandard')
  })

  it('says how many months were below', () => {
    expect(assess(household({ monthlyIncome: months(1700, 1600, 1600, 1600, 1600, 1600) })).explanation).toContain('近6个月中只有5个月的人均收入低于低保标准')
  })
})

describe('criterion 3: B ≤ P ≤ L, a special reason, (annualised income − expenses) / 12 / n ≤ B', () => {
  // P = L = 825: annualised income 29700; 12 × 3 × 550 = 19800, so expenses of 9900 are exactly enough.
  const atL = (extra: Record<string, unknown>) => household({ monthlyIncome: six(2475), specialReasons: ['illness'], ...extra })

  it.each([
    ['P = L, expenses exactly enough', atL({ specialExpensesAnnual: 9900 }), true, null],
    ['P = L, expenses one yuan short', atL({ specialExpensesAnnual: 9899 }), false, 'specialExpensesInsufficient'],
    ['P = L, expenses one fen short', atL({ specialExpensesAnnual: 9899.99 }), false, 'specialExpensesInsufficient'],
    [
      'P one fen-month above L',
      atL({ monthlyIncome: months(2475, 2475, 2475, 2475, 2475, 2475.01), specialExpensesAnnual: 20000 }),
      false,
      'incomeAboveLowIncome',
    ],
    ['P = B with a special reason and no expenses', household({ monthlyIncome: six(1650), specialReasons: ['singleParent'] }), true, null],
    ['no special reason', atL({ specialReasons: [], specialExpensesAnnual: 9900 }), false, 'noSpecialReason'],
    // No lower bound (seed 002 低保边缘户 ①): below B, not every month below, no 低保, a reason, the net test met.
    [
      'P < B without 低保 is within the band',
      household({ monthlyIncome: months(1700, 1600, 1600, 1600, 1600, 1600), specialReasons: ['illness'] }),
      true,
      null,
    ],
  ])('%s', (_case, input, eligible, code) => {
    const out = assess(input)
    expect(out.eligible).toBe(eligible)
    if (eligible) expect(out).toMatchObject({ criterion: 3, category: '低保边缘户' })
    else expect(out.reasons).toContain(code)
  })

  it('uses a published L instead of 1.5 × B', () => {
    const input = atL({ standard: { minimumLiving: 550, lowIncome: 800 }, specialExpensesAnnual: 9900 })
    expect(assess(input).reasons).toContain('incomeAboveLowIncome')
  })

  it('keeps a derived L exact: B = 575.01 gives L = 862.515, not 862.52', () => {
    // n = 1, 6 months: P = 862.515 exactly ⟺ S = 5175.09; nothing rounds it either way.
    const base = { standard: { minimumLiving: 575.01 }, householdSize: 1, specialReasons: ['illness'], specialExpensesAnnual: 100000 }
    expect(assess({ ...base, monthlyIncome: months(862.51, 862.52, 862.51, 862.52, 862.51, 862.52) }).criterion).toBe(3)
    expect(assess({ ...base, monthlyIncome: months(862.51, 862.52, 862.51, 862.52, 862.52, 862.52) }).reasons).toContain('incomeAboveLowIncome')
  })

  it('never shows a failing net figure rounded onto B', () => {
    expect(assess(atL({ specialExpensesAnnual: 9899.99 })).explanation).toContain('人均每月550.0003元，仍高于低保标准550元')
  })

  it('explains the annualised sum', () => {
    expect(assess(atL({ specialExpensesAnnual: 9900 })).explanation).toContain('近6个月收入折算全年29700元，扣除年度必要支出9900元后人均每月550元')
  })

  it('says “不足0元” when the expenses exceed the income, never a negative amount', () => {
    const explanation = assess(atL({ specialExpensesAnnual: 40000 })).explanation
    expect(explanation).toContain('扣除年度必要支出40000元后人均每月不足0元（支出超过收入）')
    expect(explanation).not.toMatch(/-\d/)
  })
})

describe('criterion 4: P ≤ 3 × B, a sudden hardship, (annualised income − its expenses) / 12 / n ≤ B', () => {
  // P = 3B = 1650: annualised 59400; 59400 − 19800 = 39600 of expenses is exactly enough.
  const at3B = (extra: Record<string, unknown>) => household({ monthlyIncome: six(4950), suddenHardship: 'accident', ...extra })

  it.each([
    ['P = 3B, expenses exactly enough', at3B({ suddenExpensesAnnual: 39600 }), true, null],
    ['P = 3B, expenses one yuan short', at3B({ suddenExpensesAnnual: 39599 }), false, 'suddenExpensesInsufficient'],
    [
      'P just above 3B',
      at3B({ monthlyIncome: months(4950, 4950, 4950, 4950, 4950, 4950.01), suddenExpensesAnnual: 99999 }),
      false,
      'incomeAboveSuddenHardshipLimit',
    ],
    ['no sudden hardship', at3B({ suddenHardship: undefined, suddenExpensesAnnual: 39600 }), false, 'noSuddenHardship'],
    ['several events at once', at3B({ suddenHardship: ['majorIllness', 'disaster'], suddenExpensesAnnual: 39600 }), true, null],
  ])('%s', (_case, input, eligible, code) => {
    const out = assess(input)
    expect(out.eligible).toBe(eligible)
    if (eligible) expect(out).toMatchObject({ criterion: 4, category: '意外致困户', reasons: ['criterion4'] })
    else expect(out.reasons).toContain(code)
  })

  it('names the event and the ceiling', () => {
    const text = assess(at3B({ suddenExpensesAnnual: 39600 })).explanation
    expect(text).toContain('低保标准的3倍（1650元）以内')
    expect(text).toContain('突发事件或意外伤害')
  })
})

describe('fen rounding: only the reported P is rounded', () => {
  it('P = 550.005 is reported as 550.01 and still compares as ≥ B', () => {
    const out = assess(household({ monthlyIncome: months(1650.01, 1650.02, 1650.01, 1650.02, 1650.01, 1650.02), receivesDibao: true }))
    expect(out).toMatchObject({ perCapitaMonthlyIncome: 550.01, eligible: false, reasons: expect.arrayContaining(['incomeNotBelowStandard']) })
  })

  it('P = 549.995 is reported as 550 and still compares as < B, and the explanation says so', () => {
    const out = assess(household({ monthlyIncome: months(1649.99, 1649.98, 1649.99, 1649.98, 1649.99, 1649.98), receivesDibao: true }))
    expect(out).toMatchObject({ perCapitaMonthlyIncome: 550, eligible: true, criterion: 2 })
    expect(out.explanation).toContain('人均每月550元（四舍五入前约为549.995元，略低于550元）')
    expect(out.explanation).toContain('人均月收入549.995元低于低保标准550元')
  })

  it.each([
    [months(1000, 1000, 1000, 1000, 1000, 1000.01), 3, 333.33],
    [months(1000, 1000, 1000, 1000, 1000, 1000.09), 3, 333.34],
    [six(100), 7, 14.29],
    [months(0, 0, 0, 0, 0, 0.03), 1, 0.01],
  ])('%j over %i people reports %d', (monthlyIncome, householdSize, shown) => {
    expect(assess(household({ monthlyIncome, householdSize })).perCapitaMonthlyIncome).toBe(shown)
  })
})
