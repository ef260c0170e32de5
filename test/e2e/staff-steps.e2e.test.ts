/**
 * Union staff take an application from 已提交 to 已建档 in the browser build:
 * the grassroots staff (孙建平, 青石机械厂工会) accept, record the visit by two
 * investigators, the meeting (agreed), a publicity period already over and its
 * end; the county staff (吴海峰, 青石区总工会) approve and file with a helper of
 * their union. Each form is checked as typed with the step's own schema.
 * Screenshots: test/artifacts/e2e/staff-steps/.
 */
import { closeAll, openUserBrowser, Screenshots, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import {
  acceptCase,
  approveCase,
  confirm,
  daysAgo,
  endPublicity,
  fileCase,
  fill,
  openCase,
  openStep,
  recordEvaluation,
  signInAs,
  showing,
  startPublicity,
  stepButton,
} from './support/staff-steps'
import { submission } from '../server/application/support/application-form'

let host: LocalHost
let owner: UserBrowser
let county: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('staff-steps')
  host = await LocalHost.start()
  ;[owner, county] = await Promise.all([openUserBrowser('owner'), openUserBrowser('county')])
  for (const user of [owner, county]) user.page.setDefaultTimeout(10_000)
}, 30_000)

afterAll(async () => {
  await closeAll(owner, county)
  await host?.dispose()
}, 20_000)

test(
  'staff accept, investigate, evaluate, publicize, approve and file an application',
  () =>
    shots.onFailure([owner, county], async () => {
      // The case began a month ago (the host's dev clock), so its publicity can run its course before it ends.
      await host.moveClock({ advanceDays: -30 })
      const token = await host.signIn('employee2')
      const submitted = await host.call('application', 'submit', { token, data: submission(), requestId: 'e2e-staff-submit-01' })
      expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } })

      await signInAs(owner.page, host.url, '孙建平（staff-u01）')
      const detail = await openCase(owner.page, '李大勇')
      await stepButton(detail, 'accept').waitFor()
      await shots.take(owner.page, 'owner-available-steps')
      await acceptCase(detail)

      // The investigation form says what is wrong as it is typed, in the schema's words.
      const form = await openStep(detail, 'recordInvestigation')
      await fill(form, 'visitDate', '2026-13-01')
      await fill(form, 'investigators.0', '孙建平')
      await form.getByText('入户调查日期不是有效日期').waitFor()
      await form.locator('.nut-button', { hasText: '确认登记入户调查结果' }).tap()
      await form.getByText('调查人员姓名不能为空').waitFor()
      await form.getByText('调查情况不能为空').waitFor()
      await showing(owner.page, form.locator('.step-field--investigators'))
      await shots.take(owner.page, 'investigation-invalid')
      await fill(form, 'visitDate', daysAgo(30))
      await fill(form, 'investigators.1', '何丽娟')
      await fill(form, 'findings', '入户核实：配偶患病长期治疗，家庭收入与申报一致。')
      for (const i of [0, 1, 2, 3, 4, 5]) await fill(form, `verifiedMonthlyIncome.${i}`, '1800')
      expect((await form.locator('.error-text').allInnerTexts()).filter((t) => t.trim() !== '')).toEqual([])
      await showing(owner.page, form.locator('.step-field--verifiedMonthlyIncome'))
      await shots.take(owner.page, 'investigation-filled')
      await confirm(detail, 'recordInvestigation', '待民主评议')
      await detail.locator('.step-result__line', { hasText: '核实后家庭月人均收入由500元变为600元' }).waitFor()
      await showing(owner.page, detail.locator('.step-result'))
      await shots.take(owner.page, 'investigation-recorded')

      await recordEvaluation(detail, { meetingDate: daysAgo(30), attendance: '9', agree: true, remarks: '与会人员一致同意' })
      const period = await startPublicity(detail, daysAgo(30))
      await host.moveClock({ advanceDays: 30 })
      expect(period).toMatch(/^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/)
      await showing(owner.page, detail.locator('.step-result'))
      await shots.take(owner.page, 'publicity-started')
      await endPublicity(detail, { objections: ['有职工反映其家中有车，经核实为单位公车'] })
      await detail.getByText('异议1：有职工反映其家中有车，经核实为单位公车').waitFor()
      await detail.getByText('青石机械厂工会 · 结束公示并报审批：公示期满，收到异议1条').waitFor()
      await showing(owner.page, detail.getByText('异议1：'))
      await shots.take(owner.page, 'publicity-ended')
      // Approval is the county's: the grassroots staff may still only send back or refuse.
      expect(await detail.locator('.step-actions__button').allInnerTexts()).toEqual(['退回修改', '不予建档', '认定虚假申报'])

      await signInAs(county.page, host.url, '吴海峰（staff-d130306）')
      const countyDetail = await openCase(county.page, '李大勇')
      await approveCase(countyDetail)
      const fileForm = await openStep(countyDetail, 'file')
      await fileForm.locator('.step-field--category .chip--on', { hasText: '低保边缘户' }).waitFor() // the engine's suggestion
      await fileForm.locator('.step-field--helperId .chip', { hasText: '林国栋（青石区总工会）' }).waitFor()
      expect(await fileForm.locator('.step-field--helperId .chip').count()).toBe(1)
      await showing(county.page, fileForm.locator('.step-field--helperId'))
      await shots.take(county.page, 'file-form')
      await fileForm.locator('.nut-button', { hasText: '取消' }).tap()
      const fileNumber = await fileCase(countyDetail, { fileLevel: '县(区)级', fileType: '城镇困难职工', helper: '林国栋（青石区总工会）' })
      expect(fileNumber).toMatch(/^130306-\d{4}-\d{5}$/)
      await countyDetail.getByText(`已建档，档案编号 ${fileNumber}`).waitFor()
      await showing(county.page, countyDetail.locator('.step-result'))
      await shots.take(county.page, 'filed')

      expect(await countyDetail.innerText()).not.toMatch(/\d{17}[\dX]/)
      for (const user of [owner, county]) expect(user.pageErrors).toEqual([])
    }),
  120_000,
)
