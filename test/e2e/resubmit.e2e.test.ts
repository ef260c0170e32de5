/**
 * A returned application in the browser build: the grassroots staff send it
 * back in the UI naming 银行卡号; the employee, on a phone that never held the
 * draft, sees the reason and the field, opens the form filled in as sent
 * (its paper photo shown from the server), corrects the card number, agrees
 * again and resubmits — the same application, submitted a second time.
 * Screenshots: test/artifacts/e2e/resubmit/.
 */
import { closeAll, openUserBrowser, Screenshots, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { applyPage, fill, phonePhoto } from './support/apply-form'
import { choose, confirm, fill as fillStep, openCase, openStep, signInAs } from './support/staff-steps'
import { applicationForm, submission } from '../server/application/support/application-form'

let host: LocalHost
let employee: UserBrowser
let owner: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('resubmit')
  host = await LocalHost.start()
  ;[employee, owner] = await Promise.all([openUserBrowser('employee'), openUserBrowser('owner')])
  for (const user of [employee, owner]) user.page.setDefaultTimeout(15_000)
}, 30_000)

afterAll(async () => {
  await closeAll(employee, owner)
  await host?.dispose()
}, 20_000)

test(
  'staff return an application naming a field; the employee corrects it on another phone and resubmits the same one',
  () =>
    shots.onFailure([employee, owner], async () => {
      // Sent from "another phone": over HTTP, with its three photographed papers.
      const token = await host.signIn('employee2')
      const papers = [
        { type: 'id-card', name: '身份证复印件1', uploadId: 'paper-id-front-01' },
        { type: 'id-card', name: '身份证复印件2', uploadId: 'paper-id-back-001' },
        { type: 'household-register', name: '户口簿复印件1', uploadId: 'paper-hukou-0001' },
      ]
      for (const [i, paper] of papers.entries()) {
        const upload = await fetch(`${host.url}api/_upload?purpose=attachment&uploadId=${paper.uploadId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
          body: new Uint8Array(await phonePhoto(i)),
        })
        expect(upload.status).toBe(200)
      }
      const form: Record<string, unknown> = { ...applicationForm(), attachments: papers }
      const sent = await host.call<{ id: string }>('application', 'submit', { token, data: submission(form), requestId: 'e2e-resubmit-0001' })
      expect(sent.status).toBe(200)

      await signInAs(owner.page, host.url, '孙建平（staff-u01）')
      const detail = await openCase(owner.page, '李大勇')
      const back = await openStep(detail, 'return')
      await fillStep(back, 'reasons.0', '银行卡号与开户行不符，请核对后重填')
      await choose(back, 'fields', '银行卡号')
      await confirm(detail, 'return', '已退回，待修改')

      await signInAs(employee.page, host.url, '李大勇（employee2）')
      const { page } = employee
      await taroPage(page, '/pages/index/index').getByText('我的申请', { exact: true }).tap()
      const status = taroPage(page, '/packages/apply/status/index')
      await status.getByText('需修改：银行卡号').waitFor()
      await shots.take(page, 'returned')
      await status.locator('.nut-button', { hasText: '修改后重新提交' }).tap()

      const apply = applyPage(page)
      await apply.getByText(/申请已退回：银行卡号与开户行不符/).waitFor()
      expect(await apply.locator('.field--address input').inputValue()).toBe(String(form.address))
      await apply.getByText('7.证明材料').tap()
      await apply.locator('.paper--id-card .paper__photo--done').nth(1).waitFor()
      await apply.getByText('6.银行账户').tap()
      await fill(page, 'bankCardNumber', '6217000010002000300')
      await shots.take(page, 'corrected')
      await apply.getByText('8.授权与提交').tap()
      await apply.getByText('我已阅读并同意以上授权和声明').tap()
      await apply.locator('.nut-button', { hasText: '重新提交申请' }).tap()
      await status.locator('.my-app__status', { hasText: '已提交，待受理' }).waitFor()
      await shots.take(page, 'resubmitted')

      const staff = await host.signIn('staff-u01')
      const list = await host.call<{ items: { id: string; status: string }[] }>('application', 'list', { token: staff, data: {} })
      expect(list.body.items).toEqual([expect.objectContaining({ id: sent.body.id, status: 'submitted' })])
      const after = await host.call<{ submissionCount: number; form: { bankCardNumber: string } }>('application', 'detail', {
        token: staff,
        data: { applicationId: sent.body.id },
      })
      expect(after.body.submissionCount).toBe(2)
      expect(after.body.form.bankCardNumber).toMatch(/0300$/)
      for (const user of [employee, owner]) expect(user.pageErrors).toEqual([])
    }),
  120_000,
)
