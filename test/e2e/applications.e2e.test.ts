/**
 * Applications in the browser build, as far as the pages go so far: an
 * application submitted (over HTTP, like the apply form will) shows on the
 * employee's 我的申请 page with its progress, and in the grassroots staff's
 * 建档申请 list, masked, with status counts; a sibling union sees nothing.
 * Screenshots: test/artifacts/e2e/applications/.
 */
import { closeAll, openUserBrowser, Screenshots, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { submission } from '../server/application/support/application-form'

let host: LocalHost
let employee: UserBrowser
let staff: UserBrowser
let sibling: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('applications')
  host = await LocalHost.start()
  ;[employee, staff, sibling] = await Promise.all([openUserBrowser('employee'), openUserBrowser('staff'), openUserBrowser('sibling')])
  for (const user of [employee, staff, sibling]) user.page.setDefaultTimeout(10_000)
}, 30_000)

afterAll(async () => {
  await closeAll(employee, staff, sibling)
  await host?.dispose()
}, 20_000)

async function signInAs(user: UserBrowser, label: string) {
  await user.page.goto(`${host.url}#/packages/account/sign-in/index`)
  await taroPage(user.page, '/packages/account/sign-in/index').getByText(label).tap()
  await taroPage(user.page, '/pages/index/index').getByText('您好').waitFor()
}

test(
  'a submitted application shows to its employee and to the responsible staff only',
  () =>
    shots.onFailure([employee, staff, sibling], async () => {
      const token = await host.signIn('employee2')
      const submitted = await host.call<{ status: string }>('application', 'submit', { token, data: submission(), requestId: 'e2e-submit-0001' })
      expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } })

      await signInAs(employee, '李大勇（employee2）')
      await taroPage(employee.page, '/pages/index/index').getByText('我的申请').tap()
      const mine = taroPage(employee.page, '/packages/apply/status/index')
      await mine.locator('.my-app__status', { hasText: '已提交，待受理' }).waitFor()
      await mine.getByText('青石机械厂工会：已提交，待受理').waitFor()
      await shots.take(employee.page, 'employee-my-application')

      await signInAs(staff, '孙建平（staff-u01）')
      await taroPage(staff.page, '/pages/index/index').getByText('建档申请').tap()
      const list = taroPage(staff.page, '/packages/cases/list/index')
      await list.getByText('全部 1').waitFor()
      await list.locator('.case', { hasText: '李大勇' }).waitFor()
      const text = await list.locator('.case').first().innerText()
      expect(text).toMatch(/130\*+\d{3}[\dX]/)
      expect(text).not.toMatch(/\d{17}[\dX]/)
      await list.locator('.chip', { hasText: '已提交，待受理 1' }).tap()
      await list.locator('.chip--on', { hasText: '已提交，待受理 1' }).waitFor()
      await list.locator('.case', { hasText: '李大勇' }).waitFor()
      await shots.take(staff.page, 'staff-case-list')

      await list.locator('.case', { hasText: '李大勇' }).tap()
      const detail = taroPage(staff.page, '/packages/cases/detail/index')
      await detail.getByText(/系统评估：/).waitFor()
      await detail.getByText('青石机械厂工会 · 提交申请').waitFor()
      expect(await detail.innerText()).not.toMatch(/\d{17}[\dX]/)
      await shots.take(staff.page, 'staff-case-detail')

      await signInAs(sibling, '何丽娟（staff-u02）')
      await taroPage(sibling.page, '/pages/index/index').getByText('建档申请').tap()
      await taroPage(sibling.page, '/packages/cases/list/index').getByText('暂无建档申请').waitFor()

      for (const user of [employee, staff, sibling]) expect(user.pageErrors).toEqual([])
    }),
  60_000,
)
