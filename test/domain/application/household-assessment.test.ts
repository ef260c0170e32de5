/** From the 档案表 and 申报表 to the engine: expenses as entered, causes as they mean, yes/no exclusions, disposable income. */
import { assessApplication, householdFactsOf } from '../../../src/domain/application/household-assessment'
import { declarationSchema } from '../../../src/domain/file-form/declaration.schema'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { TODAY, completeForm, spouse, child } from '../file-form/file-form-fixture'

type Row = Record<string, unknown>
const rules = { today: TODAY }
const formOf = (patch: Row = {}, set = 'national') => fileFormSchema(rules, valueListsFor(set)).parse({ ...completeForm(), ...patch })
const declarationOf = (patch: Row = {}) =>
  declarationSchema(rules).parse({
    year: 2026,
    ownWagesHalfYear: '9000',
    householdWagesHalfYear: '12600',
    ownNonWageIncomeYear: 0,
    householdNonWageIncomeYear: 0,
    receivesDibao: false,
    householdIncomeHalfYear: '12600', // 3 people: 700 a month each, between 东宝's B 575 and L 863
    ownedHomes: 0,
    basicLivingExpense: '14000',
    medicalExpense: '20000',
    schoolingExpense: '10000',
    ...patch,
  })
const dongbao = resolvePolicy('420802', '2018-03-15')
const assess = (form = formOf(), declaration = declarationOf(), policy = dongbao) => assessApplication(form, declaration, policy.standard, policy.terms)

describe('the expenses the criteria deduct, as the applicant entered them', () => {
  it('deducts and names the 年度必要支出 entered (44,000), not a sum of other boxes (30,000)', () => {
    const result = assess(formOf({ annualNecessaryExpense: '44000' }))
    expect(result).toMatchObject({ eligible: true, criterion: 3 })
    expect(result?.explanation).toContain('扣除年度必要支出44000元后')
    expect(result?.explanation).not.toContain('30000')
  })

  it('where 年度必要支出 is blank, names each 申报表 expense the causes bring, never basic living costs', () => {
    const result = assess(formOf({ annualNecessaryExpense: '' }))
    expect(result?.explanation).toContain('扣除医疗费20000元、子女上学10000元，共30000元后')
    expect(result?.explanation).not.toContain('日常基本生活开支')
  })
})

describe('disposable income (家庭可支配收入 = 总收入 − 所得税 − 社会保障支出)', () => {
  it('feeds the engine the income after tax and personal contributions', () => {
    const facts = householdFactsOf(
      formOf(),
      declarationOf({ incomeTaxHalfYear: '600', pensionContributionHalfYear: '1200', medicalContributionHalfYear: '300' }),
      6,
    )
    expect(facts.monthlyIncomeFen.reduce((a, b) => a + b, 0)).toBe(1_050_000)
  })

  it('deductions can bring a household under B: 3 × 6 × 600 = 10800 gross, 10000 disposable → P 555.56 < 575', () => {
    const base = { householdWagesHalfYear: '10800', householdIncomeHalfYear: '10800', ownWagesHalfYear: '6000', medicalExpense: '', schoolingExpense: '' }
    const form = formOf({ hardshipCategory: 'dibao-edge', annualNecessaryExpense: '' })
    expect(assess(form, declarationOf(base))?.reasons).toContain('incomeNotBelowStandard')
    const after = assess(form, declarationOf({ ...base, pensionContributionHalfYear: '800' }))
    expect(after).toMatchObject({ eligible: true, criterion: 1, perCapitaMonthlyIncomeFen: 55556 })
  })
})

describe('exclusions are yes/no', () => {
  it('"无车" written in the description excludes no one', () => {
    expect(assess(formOf(), declarationOf({ vehicles: '无车' }))?.reasons).not.toContain('vehicles')
    expect(assess(formOf(), declarationOf({ vehicles: '有一辆车' }))?.reasons).not.toContain('vehicles')
  })

  it('是 excludes, whatever the description says', () => {
    expect(assess(formOf(), declarationOf({ usesVehicles: true, vehicles: '无' }))).toMatchObject({ eligible: false, reasons: ['vehicles'] })
  })
})

describe('every region’s cause codes mean what they say', () => {
  // Shaoxing's own lists: 单位性质 and a yes/no 医保 (seed 003).
  const local = { employerType: 'private', medicalInsurance: 'insured' }
  const healthy = {
    ...local,
    members: [
      { ...spouse(), ...local, healthStatus: 'good', diseaseCategory: '' },
      { ...child(), ...local },
    ],
  }
  const shaoxing = (patch: Row) => formOf({ ...healthy, ...patch }, 'shaoxing')

  it.each([
    ['own-serious-illness', ['illness'], ['majorIllness']],
    ['dependant-serious-illness', ['illness'], ['majorIllness']],
    ['accident-disaster', [], ['accident', 'disaster']],
    ['laid-off', ['other'], []],
    ['disability', ['disability'], []],
    ['low-income', [], []],
  ])('绍兴 %s → special %j, sudden %j', (cause, special, sudden) => {
    const facts = householdFactsOf(shaoxing({ mainCause: cause, secondaryCauses: [] }), declarationOf(), 6)
    expect(facts.specialReasons).toEqual(special)
    expect(facts.suddenHardships).toEqual(sudden)
  })

  it('绍兴 2010 admits a laid-off household within 120% of B without the net-expense test', () => {
    const policy = resolvePolicy('330602', '2010-12-01') // B 400, band 480
    // 3 people, 8400 over 6 months = 466.67 a month each; no expenses at all.
    const declaration = declarationOf({
      householdWagesHalfYear: '8400',
      householdIncomeHalfYear: '8400',
      ownWagesHalfYear: '5000',
      medicalExpense: '',
      schoolingExpense: '',
    })
    const form = shaoxing({ mainCause: 'laid-off', secondaryCauses: [], annualNecessaryExpense: '' })
    const result = assess(form, declaration, policy)
    expect(result).toMatchObject({ eligible: true, criterion: 3, category: '低保边缘户' })
    expect(result?.explanation).toContain('本地政策不要求扣除支出后测算')
    // The national structure refuses the same household for want of expenses.
    expect(assess(form, declaration, { ...policy, terms: { ...policy.terms, criteriaTests: dongbao.terms.criteriaTests } })?.reasons).toContain(
      'specialExpensesInsufficient',
    )
  })

  it('绍兴 2010 takes in a 低保 recipient whatever the income within the band', () => {
    const policy = resolvePolicy('330602', '2010-12-01')
    const declaration = declarationOf({ householdWagesHalfYear: '8400', householdIncomeHalfYear: '8400', ownWagesHalfYear: '5000', receivesDibao: true })
    const result = assess(shaoxing({ mainCause: 'low-income', secondaryCauses: [] }), declaration, policy)
    expect(result).toMatchObject({ eligible: true, criterion: 2, category: '低保户' })
    expect(result?.explanation).toContain('本地政策将领取低保的职工家庭纳入建档')
  })
})
