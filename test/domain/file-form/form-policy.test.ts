/**
 * What the 档案表 asks is partly policy: which papers must come with it and
 * whether the bank fields are required (Luzhou: the 劳动合同书; seeds 001 and
 * 002 do not star the bank fields), and a region's own 劳模 list. The
 * applicant's 困难类别 is a hint: receiving 低保 is the 申报表's own yes/no.
 */
import { householdFactsOf } from '../../../src/domain/application/household-assessment'
import { declarationSchema } from '../../../src/domain/file-form/declaration.schema'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { TODAY, completeForm } from './file-form-fixture'

const rules = { today: TODAY }
const luzhou = resolvePolicy('510502', TODAY)
const jingmen = resolvePolicy('420802', TODAY)
const funing = resolvePolicy('130306', TODAY)

function errorsOf(result: { success: boolean; error?: unknown }): Record<string, string> {
  if (result.success) throw new Error('expected the form to be refused')
  return fieldErrorsOf(result.error as never)
}

describe('form policy', () => {
  it('Luzhou requires the 劳动合同书 and says how many photos are missing; the national default does not', () => {
    expect(luzhou.form.requiredPapers.map((p) => p.type)).toContain('labour-contract')
    const schema = fileFormSchema(rules, valueListsFor(luzhou.valueListSet), luzhou.form)
    expect(errorsOf(schema.safeParse(completeForm()))).toEqual({ attachments: '请上传劳动合同书（至少1张，还差1张）' })
    const withContract = { ...completeForm(), attachments: [...(completeForm().attachments as object[]), { type: 'labour-contract', name: '劳动合同' }] }
    expect(schema.safeParse(withContract).success).toBe(true)
    expect(fileFormSchema(rules, valueListsFor(funing.valueListSet), funing.form).safeParse(completeForm()).success).toBe(true)
  })

  it('every region asks for the ID card (both sides) and the household register', () => {
    const schema = fileFormSchema(rules, valueListsFor(funing.valueListSet), funing.form)
    const oneSide = { ...completeForm(), attachments: [{ type: 'id-card', name: '身份证' }] }
    expect(errorsOf(schema.safeParse(oneSide))).toEqual({
      attachments: '请上传身份证复印件（至少2张，还差1张）；请上传户口簿复印件（至少1张，还差1张）',
    })
  })

  it('bank details are optional where the seed does not star them, and a card number is 12–19 digits everywhere', () => {
    const noBank = { ...completeForm(), bankName: '', bankBranch: '', bankCardNumber: '' }
    expect([luzhou.form.bankDetailsRequired, jingmen.form.bankDetailsRequired, funing.form.bankDetailsRequired]).toEqual([false, false, true])
    const optional = fileFormSchema(rules, valueListsFor('national'), jingmen.form)
    expect(optional.parse(noBank)).toMatchObject({ bankName: undefined, bankCardNumber: undefined })
    expect(errorsOf(optional.safeParse({ ...noBank, bankCardNumber: '1234' }))).toEqual({ bankCardNumber: '银行卡号应为12至19位数字' })
    const required = fileFormSchema(rules, valueListsFor('national'), funing.form)
    expect(errorsOf(required.safeParse(noBank))).toEqual({ bankName: '开户银行不能为空', bankBranch: '支行名称不能为空', bankCardNumber: '银行卡号不能为空' })
    expect(errorsOf(required.safeParse({ ...completeForm(), bankCardNumber: '62220212345678901234' }))).toEqual({ bankCardNumber: '银行卡号应为12至19位数字' })
  })

  it('Jingmen: a worker who is no model worker leaves 劳模类别 blank; 非劳模 is not offered', () => {
    const schema = fileFormSchema(rules, valueListsFor('jingmen'), jingmen.form)
    const members = (completeForm().members as Record<string, unknown>[]).map(({ modelWorkerType: _, ...m }) => ({ ...m, workStatus: 'laid-off' }))
    const form = { ...completeForm(), modelWorkerType: undefined, members }
    expect(schema.parse(form).modelWorkerType).toBeUndefined()
    expect(errorsOf(schema.safeParse({ ...form, modelWorkerType: 'none' }))).toEqual({ modelWorkerType: '劳模类型不在可选范围内，请重新选择' })
  })

  it('建筑面积 is an area in m²', () => {
    const schema = fileFormSchema(rules, valueListsFor('national'))
    expect(schema.parse({ ...completeForm(), floorArea: '48.25' }).floorArea).toBe(48.25)
    expect(errorsOf(schema.safeParse({ ...completeForm(), floorArea: '20-50' }))).toEqual({ floorArea: '建筑面积应为不超过10000的数字，最多两位小数' })
  })

  it('receiving 低保 is the declared yes/no, never the 困难类别 the applicant suggests', () => {
    const form = fileFormSchema(rules, valueListsFor('national')).parse({ ...completeForm(), hardshipCategory: 'dibao' })
    const declaration = (receivesDibao: boolean) =>
      declarationSchema(rules).parse({
        year: 2026,
        ownWagesHalfYear: 0,
        householdWagesHalfYear: 0,
        ownNonWageIncomeYear: 0,
        householdNonWageIncomeYear: 0,
        householdIncomeHalfYear: 3000,
        receivesDibao,
        ownedHomes: 0,
      })
    expect(householdFactsOf(form, declaration(false), 6).receivesDibao).toBe(false)
    expect(householdFactsOf(form, declaration(true), 6).receivesDibao).toBe(true)
    const { hardshipCategory: _, filingCriterion: __, ...withoutSuggestions } = completeForm()
    expect(fileFormSchema(rules, valueListsFor('national')).safeParse(withoutSuggestions).success).toBe(true)
    expect(errorsOf(declarationSchema(rules).safeParse({ year: 2026 }))).toMatchObject({ receivesDibao: '请选择是否正在领取低保' })
  })
})
