import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { FILE_FORM_CATALOGUE } from '../../../src/domain/file-form/field-catalogue'
import { missingMessage } from '../../../src/domain/file-form/field-spec'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { memberLabel } from '../../../src/domain/file-form/member-fields'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { CHILD_ID, SPOUSE_ID, TODAY, WORKER_ID, badCheckId, completeForm, minimalForm, spouse } from './file-form-fixture'

const luzhou = fileFormSchema({ today: TODAY }, valueListsFor('luzhou'))

function errorsOf(schema: typeof luzhou, input: unknown): Record<string, string> {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected the form to be refused')
  return fieldErrorsOf(result.error)
}

/** The fixture in Shaoxing's own words: its 单位性质 has no 非公企业, its 医保 is 是/否 (seed 003 填表说明 11, 14). */
const inShaoxing = (changes: Record<string, unknown>) => {
  const form = completeForm()
  const members = (form.members as Record<string, unknown>[]).map((m) => ({ ...m, employerType: 'private', medicalInsurance: 'insured' }))
  return { ...form, employerType: 'private', medicalInsurance: 'insured', members, ...changes }
}

const withMember2 = (changes: Record<string, unknown>) => ({ ...completeForm(), members: [{ ...spouse(), ...changes }] })
const applicantRequired = (prefix: string) =>
  FILE_FORM_CATALOGUE.filter((e) => e.source === 'applicant' && e.required && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('.'))

describe('fileFormSchema', () => {
  it('accepts a complete form and normalises it: money in fen, card without spaces', () => {
    const form = luzhou.parse(completeForm())
    expect(form.monthlyIncome).toBe(150000)
    expect(form.otherAnnualIncome).toBe(120050)
    expect(form.bankCardNumber).toBe('6222021234567890123')
    expect(form.members[0]?.monthlyIncome).toBe(80050)
    expect(form.attachments).toHaveLength(3)
    expect(form.floorArea).toBe(35.5)
  })

  it('accepts a form with only the starred fields', () => {
    const form = luzhou.parse(minimalForm())
    expect(form.members).toEqual([])
    expect(form.secondaryCauses).toEqual([])
    expect(form.derived.householdSize).toBe(1)
  })

  it('treats empty optional inputs as not filled', () => {
    const form = luzhou.parse({ ...minimalForm(), mobile: '', floorArea: null, annualNecessaryExpense: '', singleParent: null })
    expect([form.mobile, form.floorArea, form.annualNecessaryExpense, form.singleParent]).toEqual([undefined, undefined, undefined, undefined])
  })

  it.each(applicantRequired('').map((e) => [e.path, e.label, e.kind] as const))('a missing %s says “%s” is needed', (path, label, kind) => {
    const form = completeForm()
    delete form[path]
    expect(errorsOf(luzhou, form)[path]).toBe(missingMessage(label, kind))
  })

  it.each(applicantRequired('members.*.').map((e) => [e.path.slice('members.*.'.length), e.label, e.kind] as const))(
    'member 2 without %s says “家庭成员2的%s” is needed',
    (key, label, kind) => {
      const member = spouse()
      delete member[key]
      const form = { ...completeForm(), members: [{ ...spouse(), idNumber: CHILD_ID }, member] }
      expect(errorsOf(luzhou, form)[`members.1.${key}`]).toBe(missingMessage(memberLabel(1, label), kind))
    },
  )

  it('says which member has a bad ID number, by position', () => {
    const form = {
      ...completeForm(),
      members: [
        { ...spouse(), idNumber: CHILD_ID },
        { ...spouse(), idNumber: badCheckId(SPOUSE_ID.slice(0, 17)) },
      ],
    }
    expect(errorsOf(luzhou, form)).toEqual({ 'members.1.idNumber': '家庭成员2的身份证号校验位不正确' })
  })

  it('refuses a member who repeats the worker or another member', () => {
    const form = { ...completeForm(), members: [spouse(), { ...spouse(), idNumber: WORKER_ID }, { ...spouse(), name: '王二' }] }
    expect(errorsOf(luzhou, form)).toEqual({
      'members.1.idNumber': '家庭成员2的身份证号与职工本人相同',
      'members.2.idNumber': '家庭成员3的身份证号与家庭成员1相同',
    })
  })

  it('names the field when a value is not in the union’s list', () => {
    expect(errorsOf(luzhou, { ...completeForm(), ethnicity: '99' })).toEqual({ ethnicity: '民族不在可选范围内，请重新选择' })
    expect(errorsOf(luzhou, withMember2({ relationship: 'cousin' }))).toEqual({ 'members.0.relationship': '家庭成员1的关系不在可选范围内，请重新选择' })
  })

  it('takes the options from the union’s own set', () => {
    const shaoxing = fileFormSchema({ today: TODAY }, valueListsFor('shaoxing'))
    const form = inShaoxing({ mainCause: 'low-income', secondaryCauses: ['own-serious-illness'], housingType: 'self-purchased' })
    expect(shaoxing.safeParse(form).success).toBe(true)
    expect(errorsOf(luzhou, form)).toMatchObject({ mainCause: '主要致困原因不在可选范围内，请重新选择' })
  })

  it('refuses money with three decimals, a negative amount and words', () => {
    expect(errorsOf(luzhou, { ...completeForm(), monthlyIncome: '1500.005' })).toEqual({ monthlyIncome: '本人月平均收入最多只能有两位小数（精确到分）' })
    expect(errorsOf(luzhou, { ...completeForm(), otherAnnualIncome: 0.125 })).toEqual({
      otherAnnualIncome: '家庭其他非薪资年收入最多只能有两位小数（精确到分）',
    })
    expect(errorsOf(luzhou, { ...completeForm(), monthlyIncome: '-1' })).toEqual({ monthlyIncome: '本人月平均收入不能为负数' })
    expect(errorsOf(luzhou, withMember2({ monthlyIncome: '八百' }))).toEqual({
      'members.0.monthlyIncome': '家庭成员1的月收入应为金额数字（元），最多两位小数',
    })
  })

  it('takes exactly one main cause and at most three others, never the main one again', () => {
    expect(errorsOf(luzhou, { ...completeForm(), mainCause: ['laid-off', 'schooling'] })).toEqual({ mainCause: '请选择主要致困原因' })
    const four = ['serious-illness', 'schooling', 'accident', 'natural-disaster']
    expect(errorsOf(luzhou, { ...completeForm(), secondaryCauses: four })).toEqual({ secondaryCauses: '次要致困原因最多选3项' })
    expect(errorsOf(luzhou, { ...completeForm(), secondaryCauses: ['schooling', 'laid-off'] })).toEqual({
      secondaryCauses: '次要致困原因不能包含主要致困原因',
    })
    expect(errorsOf(luzhou, { ...completeForm(), secondaryCauses: ['schooling', 'schooling'] })).toEqual({ secondaryCauses: '次要致困原因不能重复选择' })
  })

  it('allows Shaoxing at most three causes in all', () => {
    const shaoxing = fileFormSchema({ today: TODAY }, valueListsFor('shaoxing'))
    const form = inShaoxing({ mainCause: 'laid-off', secondaryCauses: ['schooling', 'disability', 'low-income'] })
    expect(errorsOf(shaoxing, form)).toEqual({ secondaryCauses: '次要致困原因最多选2项' })
  })

  it('asks for the description when a cause is “其他”', () => {
    expect(errorsOf(luzhou, { ...completeForm(), secondaryCauses: ['other'], causeNote: '' })).toEqual({
      causeNote: '选择了“其他”致困原因，请填写其他(文字描述)',
    })
  })

  it('reports cross-field problems together with the others', () => {
    expect(errorsOf(luzhou, { ...completeForm(), name: '', secondaryCauses: ['laid-off'] })).toEqual({
      name: '姓名不能为空',
      secondaryCauses: '次要致困原因不能包含主要致困原因',
    })
  })

  it('checks dates against today and the birth date', () => {
    expect(errorsOf(luzhou, { ...completeForm(), workStart: '2027-01' })).toEqual({ workStart: '工作时间不能晚于本月' })
    expect(errorsOf(luzhou, { ...completeForm(), workStart: '1979-12' })).toEqual({ workStart: '工作时间不能早于出生日期' })
    expect(luzhou.parse({ ...completeForm(), workStart: '1999-07-01' }).workStart).toBe('1999-07')
    expect(errorsOf(luzhou, withMember2({ contractDate: '2026-11-23' }))).toEqual({ 'members.0.contractDate': '家庭成员1的劳动合同签订/入伍时间不能晚于今天' })
  })

  it('names the attachment row too', () => {
    expect(errorsOf(luzhou, { ...completeForm(), attachments: [{ type: 'id-card', name: '身份证' }, { type: 'selfie' }] })).toEqual({
      'attachments.1.type': '附件2的附件类型不在可选范围内，请重新选择',
      'attachments.1.name': '附件2的附件名称不能为空',
    })
  })

  it('refuses more than twenty members', () => {
    const members = Array.from({ length: 21 }, () => spouse())
    expect(errorsOf(luzhou, { ...completeForm(), members })).toEqual({ members: '家庭成员最多20人' })
  })
})
