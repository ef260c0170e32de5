/**
 * The case detail's step forms: what is typed becomes the step's input
 * (unfilled optional fields left out), and the messages are the step schema's
 * own, plus the changed-category rule worded as the server words it.
 */
import type { ApplicationDetailView } from '../../../src/domain/application/application-views'
import { missingOverrideReason } from '../../../src/domain/application/steps.schema'
import { STEP_SPECS } from '../../../src/packages/cases/detail/step-specs'
import { toInput, validate } from '../../../src/packages/cases/detail/step-values'

const detail = { id: 'app-1', suggestedCategory: '低保边缘户' } as ApplicationDetailView
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
    const filing = { fileLevel: '县(区)级', category: '低保户', fileType: '城镇困难职工', helperId: 'demo-helper1' }
    expect(STEP_SPECS.file.fields(ctx, filing).map((f) => f.key)).toContain('overrideReason')
    expect(validate('file', ctx, filing, today)).toEqual({ overrideReason: missingOverrideReason('低保边缘户', filing) })
    expect(validate('file', ctx, { ...filing, overrideReason: '实际困难程度更重' }, today)).toEqual({})
    expect(validate('file', ctx, { ...filing, category: '低保边缘户' }, today)).toEqual({})
  })
})
