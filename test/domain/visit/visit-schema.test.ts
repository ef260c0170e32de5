/** The visit form: every refusal names its field in Chinese; incomes leave in fen. */
import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { complianceInput, fileVisitInput, pairHelpersInput } from '../../../src/domain/visit/visit.schema'

const rules = { today: '2027-03-10' }
const valid = {
  applicationId: 'app_1',
  type: 'plan',
  happenedAt: '2027-03-05 09:30',
  participants: ['林国栋', '孙建平'],
  situation: '家中三口人，妻子住院治疗中',
  photos: ['photo-0001'],
  acknowledgment: { acknowledged: true, by: '李大勇' },
}
const errors = (patch: Record<string, unknown>) => {
  const parsed = fileVisitInput(rules).safeParse({ ...valid, ...patch })
  return parsed.success ? {} : fieldErrorsOf(parsed.error)
}

describe('fileVisitInput', () => {
  it('accepts a complete visit, incomes in fen, no measures by default', () => {
    const parsed = fileVisitInput(rules).parse({ ...valid, monthlyIncome: ['1800', 1800.5, 0, 0, 0, 0] })
    expect(parsed).toMatchObject({ type: 'plan', measures: [], monthlyIncome: [180000, 180050, 0, 0, 0, 0] })
    expect(fileVisitInput(rules).parse({ ...valid, happenedAt: '2027-03-10' }).happenedAt).toBe('2027-03-10')
  })

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['a future date', { happenedAt: '2027-03-11' }, { happenedAt: '走访时间不能晚于今天' }],
    ['no date', { happenedAt: undefined }, { happenedAt: '走访时间不能为空' }],
    ['not a date', { happenedAt: '2027-02-30' }, { happenedAt: '走访时间不是有效日期' }],
    ['a bad time', { happenedAt: '2027-03-05 25:00' }, { happenedAt: expect.stringContaining('走访时间应为日期') as unknown as string }],
    ['an unknown type', { type: 'party' }, { type: '走访类型应为入户调查、日常走访、制定帮扶计划、年终评价、送温暖慰问之一' }],
    ['no photos', { photos: [] }, { photos: '请至少上传1张走访照片' }],
    ['ten photos', { photos: Array.from({ length: 10 }, (_, i) => `photo-000${i}`) }, { photos: '走访照片最多9张' }],
    ['the same photo twice', { photos: ['photo-0001', 'photo-0001'] }, { photos: '走访照片不能重复' }],
    ['a bad photo id', { photos: ['x'] }, { 'photos.0': '走访照片应为8至64位字母、数字、-或_' }],
    ['no participants', { participants: [] }, { participants: '请至少填写1名参与人员' }],
    ['no situation', { situation: ' ' }, { situation: '家庭情况不能为空' }],
    ['five months of income', { monthlyIncome: [1, 2, 3, 4, 5] }, { monthlyIncome: '家庭月收入应填写近6个月' }],
    ['a negative income', { monthlyIncome: [1, 2, -3, 4, 5, 6] }, { 'monthlyIncome.2': '第3个月家庭收入不能为负数' }],
    ['a location without consent', { location: { latitude: 39.9, longitude: 119.2 } }, { locationConsent: '记录走访位置须先同意采集位置信息' }],
    ['a latitude out of range', { location: { latitude: 91, longitude: 119.2 }, locationConsent: true }, { 'location.latitude': '纬度应在-90至90之间' }],
    ['acknowledged by nobody', { acknowledgment: { acknowledged: true } }, { 'acknowledgment.by': '职工已确认时请填写确认人姓名' }],
    ['no acknowledgment', { acknowledgment: undefined }, { acknowledgment: '请填写职工确认情况' }],
    ['a measure without its state', { measures: [{ text: '联系医疗救助' }] }, { 'measures.0.delivered': '请选择帮扶措施是否已落实' }],
  ])('refuses %s', (_case, patch, fields) => expect(errors(patch)).toEqual(fields))

  it('keeps a location taken with consent, and an unacknowledged visit without a name', () => {
    expect(errors({ location: { latitude: 39.9, longitude: 119.2, accuracy: 30 }, locationConsent: true })).toEqual({})
    expect(errors({ acknowledgment: { acknowledged: false } })).toEqual({})
  })
})

describe('pair and compliance inputs', () => {
  it('refuses the same helper twice and a future year', () => {
    const pair = pairHelpersInput().safeParse({ applicationId: 'a1', helperId: 'h1', secondHelperId: 'h1' })
    expect(pair.success ? {} : fieldErrorsOf(pair.error)).toEqual({ secondHelperId: '第二帮扶责任人不能与帮扶责任人相同' })
    const year = complianceInput(rules).safeParse({ year: 2028 })
    expect(year.success ? {} : fieldErrorsOf(year.error)).toEqual({ year: '年份不能晚于今年' })
  })
})
