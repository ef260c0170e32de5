/** Every bad input is answered with the field and a Chinese sentence naming it; the CLI and the self-check page share these. */
import { householdFactsInput } from '../../../src/domain/eligibility/eligibility.schema'
import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { assessError, household, six } from './household'

describe('assess input messages', () => {
  it.each([
    ['householdSize', 0, '家庭人口应为不小于1的整数'],
    ['householdSize', 2.5, '家庭人口应为不小于1的整数'],
    ['householdSize', '3', '家庭人口应为不小于1的整数'],
    ['householdSize', undefined, '家庭人口不能为空'],
    ['householdSize', 100, '家庭人口不能超过99人'],
    ['monthlyIncome', [1, 2, 3, 4, 5], '每月收入至少需要6个月'],
    ['monthlyIncome', undefined, '每月收入不能为空'],
    ['monthlyIncome', 1500, '每月收入应为按月排列的金额列表（元，从早到晚）'],
    ['receivesDibao', 'yes', '是否领取低保应为 true（是）或 false（否）'],
    ['suddenHardship', 'flood', '突发困难只能是 accident（突发事件或意外伤害）、majorIllness（重大疾病）、disaster（自然灾害）、other（其他）'],
    ['specialExpensesAnnual', -1, '特殊困难年度必要支出不能为负数'],
    ['suddenExpensesAnnual', 'a lot', '突发困难年度必要支出应为金额数字（元），最多两位小数'],
    ['homesOwned', -1, '自有产权住房套数应为不小于0的整数'],
    ['regionCode', '13030', '地区代码应为6位行政区划代码（如130306）'],
  ])('%s = %j → %s', (field, value, message) => {
    const error = assessError(household({ [field]: value, ...(field === 'regionCode' ? { asOf: '2018-03-01' } : {}) }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields[field]).toBe(message)
  })

  it('names the wrong special reason', () => {
    expect(assessError(household({ specialReasons: ['illness', 'flu'] })).fields).toEqual({
      'specialReasons.1': '特殊困难原因只能是 illness（患病）、schooling（子女上学）、disability（残疾）、singleParent（单亲）、other（其他）',
    })
  })

  it.each([
    [[1500, 1500, -1, 1500, 1500, 1500], 'monthlyIncome.2', '每月收入第3个月不能为负数'],
    [[1500, 1500, 1500, 1500, 1500, 1500.005], 'monthlyIncome.5', '每月收入第6个月最多只能有两位小数（精确到分）'],
    [[1500, null, 1500, 1500, 1500, 1500], 'monthlyIncome.1', '每月收入第2个月应为金额数字（元）'],
  ])('names the month: %j', (monthlyIncome, path, message) => {
    expect(assessError(household({ monthlyIncome })).fields[path]).toBe(message)
  })

  it.each([
    [{ minimumLiving: 0 }, 'standard.minimumLiving', '低保标准应大于0'],
    [{ minimumLiving: 550, lowIncome: 500 }, 'standard.lowIncome', '低收入标准不能低于低保标准'],
    [{}, 'standard.minimumLiving', '低保标准不能为空'],
    ['550', 'standard', '标准应为对象，例如 {"minimumLiving": 550}'],
  ])('standard %j', (standard, path, message) => {
    expect(assessError(household({ standard })).fields[path]).toBe(message)
  })

  it('needs a standard or a region', () => {
    expect(assessError({ householdSize: 1, monthlyIncome: six(100) }).fields).toEqual({
      standard: '请提供低保标准 standard.minimumLiving，或地区代码 regionCode 与评估日期 asOf',
    })
  })

  it.each([
    [{ regionCode: '130306' }, 'asOf', '按地区代码评估时需要提供评估日期 asOf（YYYY-MM-DD）'],
    [{ regionCode: '130306', asOf: '2018-02-30' }, 'asOf', '评估日期不是有效日期'],
    [{ regionCode: '130306', asOf: '2018/03/01' }, 'asOf', '评估日期应为YYYY-MM-DD格式的日期'],
    // Dates that made `new Date(…).toISOString()` throw: an input error naming asOf, never an internal fault.
    [{ regionCode: '130306', asOf: '2026-13-01' }, 'asOf', '评估日期应为YYYY-MM-DD格式的日期'],
    [{ regionCode: '130306', asOf: '0000-00-00' }, 'asOf', '评估日期应为YYYY-MM-DD格式的日期'],
    [{ regionCode: '130306', asOf: '2026-01-00' }, 'asOf', '评估日期应为YYYY-MM-DD格式的日期'],
    [{ regionCode: '130306', asOf: '2023-02-29' }, 'asOf', '评估日期应为YYYY-MM-DD格式的日期'],
  ])('region without a usable date: %j', (where, path, message) => {
    expect(assessError({ householdSize: 1, monthlyIncome: six(100), ...where }).fields[path]).toBe(message)
  })

  it.each([[null], [[]], ['text'], [42]])('refuses a non-object %j', (raw) => {
    expect(assessError(raw)).toMatchObject({ code: 'INVALID_INPUT', message: '输入应为一个JSON对象' })
  })

  it('lists every problem at once and counts them in the message', () => {
    const error = assessError({ householdSize: 0, monthlyIncome: [1] })
    expect(Object.keys(error.fields)).toEqual(['householdSize', 'monthlyIncome', 'standard'])
    expect(error.message).toBe('家庭人口应为不小于1的整数（共3处需要修改）')
  })

  it('accepts amounts as decimal text (form inputs) and ignores unknown keys', () => {
    expect(assessError(household({ monthlyIncome: ['1500', '1500.5', '1500.50', '1500', '1500', '-1'] })).fields).toEqual({
      'monthlyIncome.5': '每月收入第6个月不能为负数',
    })
    expect(() => householdFactsInput().parse({ householdSize: 2, monthlyIncome: six(1), note: '备注' })).not.toThrow()
  })
})

describe('householdFactsInput (the self-check page)', () => {
  it('turns yuan into fen and fills the defaults', () => {
    expect(householdFactsInput().parse({ householdSize: 2, monthlyIncome: ['1000.5', 1000, 1000, 1000, 1000, 1000.01], suddenHardship: 'accident' })).toEqual({
      householdSize: 2,
      monthlyIncomeFen: [100050, 100000, 100000, 100000, 100000, 100001],
      receivesDibao: false,
      specialReasons: [],
      specialExpensesAnnualFen: 0,
      suddenHardships: ['accident'],
      suddenExpensesAnnualFen: 0,
      homesOwned: 0,
      ownsCommercialPremises: false,
      employsOthers: false,
      childAtHighFeeSchoolOrAbroad: false,
      usesVehiclesNotAsEmployee: false,
      refusedInvestigation: false,
      blacklisted: false,
    })
  })

  it('gives the same messages', () => {
    const result = householdFactsInput().safeParse({ householdSize: 0, monthlyIncome: [] })
    expect(result.success).toBe(false)
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ householdSize: '家庭人口应为不小于1的整数', monthlyIncome: '每月收入至少需要6个月' })
  })
})
