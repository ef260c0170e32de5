import { fieldErrorsOf } from '../../../src/domain/shared/app-error'
import { targetingSchema } from '../../../src/domain/file-form/targeting.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { TODAY } from './file-form-fixture'

const rules = { today: TODAY }
const jingmen = targetingSchema(rules, valueListsFor('jingmen'))
const shandong = targetingSchema(rules, valueListsFor('shandong'))

const decision = (changes: Record<string, unknown> = {}) => ({
  isTarget: true,
  decidedOn: '2018-04-10',
  keyGroups: ['expenditure-hardship'],
  measures: ['social-insurance'],
  actionPlans: ['one-to-one'],
  ...changes,
})

function errorsOf(schema: typeof jingmen, input: unknown) {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected the decision to be refused')
  return fieldErrorsOf(result.error)
}

describe('targetingSchema', () => {
  it('Jingmen accepts its own 四类, 五个一批 and 五个行动计划', () => {
    const own = decision({ keyGroups: ['supply-side-reform'], measures: ['study-aid'], actionPlans: ['study-aid', 'warmth'] })
    expect(jingmen.parse(own)).toMatchObject({ keyGroups: ['supply-side-reform'], measures: ['study-aid'], actionPlans: ['study-aid', 'warmth'] })
  })

  it('Jingmen refuses Shandong-only items, which Shandong accepts', () => {
    const shandongOnly = decision({ keyGroups: ['urban-migrant-worker'], actionPlans: ['sunshine-employment'] })
    expect(errorsOf(jingmen, shandongOnly)).toEqual({
      keyGroups: '重点群体含有不在可选范围内的选项，请重新选择',
      actionPlans: '行动计划含有不在可选范围内的选项，请重新选择',
    })
    expect(shandong.safeParse(shandongOnly).success).toBe(true)
    expect(errorsOf(shandong, decision({ measures: ['study-aid'] }))).toEqual({ measures: '解困脱困措施含有不在可选范围内的选项，请重新选择' })
  })

  it('needs the decision and its date', () => {
    expect(errorsOf(jingmen, {})).toMatchObject({ isTarget: '请选择是否为解困脱困对象', decidedOn: '确定时间不能为空' })
    expect(errorsOf(jingmen, decision({ decidedOn: '2026-11-23' }))).toEqual({ decidedOn: '确定时间不能晚于今天' })
  })

  it('needs at least one item of each for a target, none for a non-target', () => {
    expect(errorsOf(jingmen, decision({ keyGroups: [], measures: undefined }))).toEqual({ keyGroups: '请选择重点群体', measures: '请选择解困脱困措施' })
    expect(errorsOf(jingmen, decision({ isTarget: false }))).toEqual({
      keyGroups: '不是解困脱困对象时无需选择重点群体',
      measures: '不是解困脱困对象时无需选择解困脱困措施',
      actionPlans: '不是解困脱困对象时无需选择行动计划',
    })
    expect(jingmen.parse({ isTarget: false, decidedOn: '2018-04-10' })).toMatchObject({ keyGroups: [], measures: [], actionPlans: [] })
  })

  it('asks for a note when “其他（注明）” is chosen', () => {
    expect(errorsOf(jingmen, decision({ keyGroups: ['other'] }))).toEqual({ keyGroupNote: '选择了“其他”，请注明重点群体' })
    expect(jingmen.parse(decision({ keyGroups: ['other'], keyGroupNote: '独居老人' })).keyGroupNote).toBe('独居老人')
  })
})
