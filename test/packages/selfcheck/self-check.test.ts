/** The self-check page's logic: the page's text fields → the shared schema and engine, on the device. */
import { EMPTY_FORM, MANUAL_REGION, monthLabels, runSelfCheck, type SelfCheckForm } from '../../../src/packages/selfcheck/self-check'

const TODAY = '2026-11-22'
const form = (patch: Partial<SelfCheckForm>): SelfCheckForm => ({
  ...EMPTY_FORM,
  regionCode: '130306',
  householdSize: '3',
  monthlyIncome: Array(6).fill('1500'),
  ...patch,
})

describe('self-check', () => {
  it('labels the six whole months before this one, oldest first', () => {
    expect(monthLabels(TODAY)).toEqual(['2026年5月', '2026年6月', '2026年7月', '2026年8月', '2026年9月', '2026年10月'])
  })

  it('uses the region’s 低保 standard: Funing 550, 3 people at 1500 a month, receiving 低保 → criterion 2', () => {
    const outcome = runSelfCheck(form({ receivesDibao: true }), TODAY)
    expect(outcome).toMatchObject({ ok: true, result: { eligible: true, criterion: 2, category: '低保户', perCapitaMonthlyIncomeFen: 50000 } })
    if (outcome.ok) expect(outcome.result.explanation).toContain('550')
  })

  it('gives the same verdict as the engine for a typed-in standard', () => {
    const outcome = runSelfCheck(form({ regionCode: MANUAL_REGION, minimumLiving: '600' }), TODAY)
    expect(outcome).toMatchObject({ ok: true, result: { eligible: true, criterion: 1, category: '低保边缘户' } })
  })

  it('names every field to fix', () => {
    const outcome = runSelfCheck({ ...EMPTY_FORM, householdSize: '0', monthlyIncome: ['1500', '1500', 'abc', '1500', '1500', '1500.123'] }, TODAY)
    expect(outcome).toEqual({
      ok: false,
      fields: {
        householdSize: '家庭人口应为不小于1的整数',
        'monthlyIncome.2': '每月收入第3个月应为金额数字（元），最多两位小数',
        'monthlyIncome.5': '每月收入第6个月最多只能有两位小数（精确到分）',
        regionCode: '请选择所在地区',
      },
    })
  })

  it('refuses a typed standard of zero', () => {
    expect(runSelfCheck(form({ regionCode: MANUAL_REGION, minimumLiving: '0' }), TODAY)).toEqual({
      ok: false,
      fields: { minimumLiving: '当地低保标准应大于0' },
    })
  })

  it('reports an exclusion even when income qualifies', () => {
    expect(runSelfCheck(form({ receivesDibao: true, homesOwned: '2' }), TODAY)).toMatchObject({
      ok: true,
      result: { eligible: false, reasons: ['twoOrMoreHomes'] },
    })
  })
})
