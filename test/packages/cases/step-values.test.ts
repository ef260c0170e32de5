/**
 * The case detail's step forms: what is typed becomes the step's input
 * (unfilled optional fields left out), and the messages are the step schema's
 * own, plus the changed-category rule worded as the server words it.
 */
import type { ApplicationDetailView } from '../../../src/domain/application/application-views'
import { missingOverrideReason } from '../../../src/domain/application/steps.schema'
import { STEP_SPECS } from '../../../src/packages/cases/detail/step-specs'
import { initialValues, toInput, validate } from '../../../src/packages/cases/detail/step-values'

const detail = {
  id: 'app-1',
  suggestedCategory: '低保边缘户',
  suggestedCriterion: 3,
  valueListSet: 'jingmen',
  form: { fileType: 'migrant-worker', hardshipCategory: 'dibao' },
} as unknown as ApplicationDetailView
const ctx = { detail, helpers: [{ id: 'demo-helper1', name: '林国栋', unionName: '青石区总工会' }] }
const today = '2026-11-22'

describe('step form values', () => {
  it('leaves unfilled optional fields out of the input', () => {
    const values = { visitDate: '2026-11-20', investigators: ['孙建平', '何丽娟'], findings: '属实', verifiedMonthlyIncome: ['', '', '', '', '', ''] }
    expect(toInput(STEP_SPECS.recordInvestigation.fields(ctx, values), values, 'app-1')).toEqual({
      applicationId: 'app-1',
      visitDate: '2026-11-20',
      investigators: ['孙建平', '何丽娟'],
      findings: '属实',
    })
    expect(validate('recordInvestigation', ctx, values, today)).toEqual({})
  })

  it('names each wrong row and month in the schema’s words', () => {
    const values = { visitDate: '2026-11-23', investigators: ['孙建平', ''], findings: '', verifiedMonthlyIncome: ['1800', 'abc', '', '', '', ''] }
    expect(validate('recordInvestigation', ctx, values, today)).toMatchObject({
      visitDate: '入户调查日期不能晚于今天',
      'investigators.1': '调查人员姓名不能为空',
      findings: '调查情况不能为空',
      'verifiedMonthlyIncome.1': expect.stringContaining('核实的第2个月家庭收入'),
    })
  })

  it('asks for a choice not made, and for a reason when the category differs from the suggestion', () => {
    expect(validate('recordEvaluation', ctx, { meetingDate: today, attendance: '9' }, today)).toEqual({ result: '请选择评议结果' })
    const targeting = { 'targeting.isTarget': 'no', 'targeting.decidedOn': '2026-11-20' }
    const filing = {
      fileLevel: '县(区)级',
      category: '低保户',
      fileType: '城镇困难职工',
      filingCriterion: 'edge-special-reason',
      helperId: 'demo-helper1',
      ...targeting,
    }
    expect(STEP_SPECS.file.fields(ctx, filing).map((f) => f.key)).toContain('overrideReason')
    expect(validate('file', ctx, filing, today)).toEqual({ overrideReason: missingOverrideReason('低保边缘户', filing) })
    expect(validate('file', ctx, { ...filing, overrideReason: '实际困难程度更重' }, today)).toEqual({})
    expect(validate('file', ctx, { ...filing, category: '低保边缘户' }, today)).toEqual({})
  })

  it('preselects the engine’s suggestion and the type applied for, and shows the applicant’s guess as a hint only', () => {
    expect(initialValues('file', ctx)).toEqual({ category: '低保边缘户', filingCriterion: 'edge-special-reason', fileType: '困难农民工' })
    const hint = STEP_SPECS.file.hint
    expect(typeof hint === 'function' ? hint(ctx) : hint).toContain('申请人自报困难类别“低保户”，仅供参考')
  })

  it('asks the 解困脱困对象 section from the union’s own lists and sends it nested', () => {
    const base = { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', filingCriterion: 'sudden-event', helperId: 'demo-helper1' }
    expect(validate('file', ctx, base, today)).toMatchObject({ 'targeting.isTarget': '请选择建档人或审核人确定：是否为解困脱困对象' })
    const yes = { ...base, 'targeting.isTarget': 'yes', 'targeting.decidedOn': '2026-11-20', 'targeting.keyGroups': ['other'] }
    const fields = STEP_SPECS.file.fields(ctx, yes)
    expect(fields.find((f) => f.key === 'targeting.measures')).toMatchObject({
      options: expect.arrayContaining([{ value: 'study-aid', label: '纳入助学帮扶救助' }]),
    })
    expect(validate('file', ctx, yes, today)).toEqual({
      'targeting.keyGroupNote': '选择了“其他”，请注明重点群体',
      'targeting.measures': '请选择解困脱困措施',
      'targeting.actionPlans': '请选择行动计划',
    })
    const done = { ...yes, 'targeting.keyGroupNote': '子女重病', 'targeting.measures': ['study-aid'], 'targeting.actionPlans': ['warmth'] }
    expect(validate('file', ctx, done, today)).toEqual({})
    expect(toInput(STEP_SPECS.file.fields(ctx, done), done, 'app-1')).toMatchObject({
      filingCriterion: 'sudden-event',
      targeting: { isTarget: true, decidedOn: '2026-11-20', keyGroups: ['other'], keyGroupNote: '子女重病', measures: ['study-aid'], actionPlans: ['warmth'] },
    })
  })
})
