import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { declarationSchema, deriveDeclarationFacts } from '../../../src/domain/file-form/declaration.schema'
import { DECLARATION_CATALOGUE } from '../../../src/domain/file-form/field-catalogue'
import { missingMessage } from '../../../src/domain/file-form/field-spec'
import { TODAY } from './file-form-fixture'

const schema = declarationSchema({ today: TODAY })

const complete = (): Record<string, unknown> => ({
  year: 2026,
  ownWagesHalfYear: '9000',
  householdWagesHalfYear: '13803',
  ownNonWageIncomeYear: '0',
  householdNonWageIncomeYear: '1200.50',
  householdIncomeHalfYear: '14403.25',
  receivesDibao: false,
  ownedHomes: 0,
  shopArea: '',
  vehicles: '',
  otherAssets: '',
  basicLivingExpense: '18000',
  medicalExpense: '42000.5',
  schoolingExpense: '3000',
  otherExpense: '500',
  otherExpenseName: '取暖',
})

function errorsOf(input: unknown) {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected the declaration to be refused')
  return fieldErrorsOf(result.error)
}

describe('declarationSchema (家庭财产、收支情况及致困原因申报表)', () => {
  it('accepts a complete declaration, money in fen', () => {
    const d = schema.parse(complete())
    expect(d).toMatchObject({ year: 2026, householdIncomeHalfYear: 1440325, medicalExpense: 4200050, ownedHomes: 0, shopArea: undefined })
  })

  it.each(DECLARATION_CATALOGUE.filter((e) => e.required).map((e) => [e.path, e.label, e.kind] as const))(
    'a missing %s says “%s” is needed',
    (path, label, kind) => {
      const input = complete()
      delete input[path]
      expect(errorsOf(input)[path]).toBe(missingMessage(label, kind))
    },
  )

  it('keeps the worker’s income within the household’s', () => {
    expect(errorsOf({ ...complete(), ownWagesHalfYear: '20000' })).toEqual({ householdWagesHalfYear: '全家工薪总收入不能少于本人近半年工薪总收入' })
  })

  it('asks what the other expense was', () => {
    expect(errorsOf({ ...complete(), otherExpenseName: '' })).toEqual({ otherExpenseName: '填写了其他支出，请注明其他支出名称' })
  })

  it('refuses a future year and three-decimal money', () => {
    expect(errorsOf({ ...complete(), year: 2027, medicalExpense: '1.001' })).toEqual({
      year: '申报年度应为2000至2026之间的整数年份',
      medicalExpense: '医疗费最多只能有两位小数（精确到分）',
    })
  })

  it('computes the monthly per-capita income and the necessary expenses', () => {
    const d = schema.parse(complete())
    // 14403.25 ÷ 6 ÷ 3 = 800.1805… → 800.18 yuan
    expect(deriveDeclarationFacts(d, 3)).toEqual({ disposableIncomeHalfYearFen: 1440325, monthlyPerCapitaIncomeFen: 80018, annualNecessaryExpenseFen: 6350050 })
  })

  it('deducts income tax and the personal pension, medical and unemployment contributions (家庭可支配收入)', () => {
    const d = schema.parse({
      ...complete(),
      incomeTaxHalfYear: '103.25',
      pensionContributionHalfYear: '720',
      medicalContributionHalfYear: '180',
      unemploymentContributionHalfYear: '0',
    })
    // 14403.25 − 103.25 − 720 − 180 = 13400 yuan; ÷ 6 ÷ 2 = 1116.666… → 1116.67
    expect(deriveDeclarationFacts(d, 2)).toMatchObject({ disposableIncomeHalfYearFen: 1340000, monthlyPerCapitaIncomeFen: 111667 })
  })

  it('refuses tax and contributions above the half-year income, naming the field', () => {
    expect(errorsOf({ ...complete(), householdIncomeHalfYear: '1000', incomeTaxHalfYear: '600', pensionContributionHalfYear: '500' })).toEqual({
      incomeTaxHalfYear: '所得税与社会保险个人缴纳部分合计不能超过全部家庭成员近6个月总收入',
    })
  })

  it('asks the vehicles exclusion as a yes/no with an optional description', () => {
    expect(schema.parse({ ...complete(), vehicles: '无车' })).toMatchObject({ vehicles: '无车' })
    expect(schema.parse({ ...complete(), vehicles: '无车' }).usesVehicles).toBeUndefined()
    expect(schema.parse({ ...complete(), usesVehicles: true, vehicles: '小型货车1辆' })).toMatchObject({ usesVehicles: true })
    expect(errorsOf({ ...complete(), usesVehicles: '无' })).toEqual({ usesVehicles: '请选择非受雇佣机动车、船、工程机械及大型农机具等（是或否）' })
  })
})
