/**
 * Journey: an employee binds their profile in the browser build, the staff of
 * their union sees and reads the notice, and the full ID number is left
 * nowhere on disk or in the server log. Two users, two independent browsers,
 * one real local host. Screenshots: test/artifacts/e2e/bind-profile/.
 * The tests run in order and build on each other.
 */
import { closeAll, openUserBrowser, Screenshots, tabBarItem, taroPage, type UserBrowser } from './support/browser'
import { filesContaining, listFiles } from './support/files'
import { LocalHost } from './support/host'

const ROUTES = {
  home: '/pages/index/index',
  inbox: '/pages/inbox/index',
  mine: '/pages/mine/index',
  bind: '/packages/account/bind/index',
  signIn: '/packages/account/sign-in/index',
}
const UNION = '青石机械厂工会'

let host: LocalHost
let employee: UserBrowser
let staff: UserBrowser
let shots: Screenshots
/** The fictional numbers the host offers employee1 for binding. */
let demo: { idNumber: string; mobile: string }

beforeAll(async () => {
  shots = new Screenshots('bind-profile')
  host = await LocalHost.start()
  const account = (await host.demoAccounts()).find((a) => a.account === 'employee1')
  if (!account?.demoIdNumber || !account.demoMobile) throw new Error('employee1 should be offered a demo ID number and mobile to bind with')
  demo = { idNumber: account.demoIdNumber, mobile: account.demoMobile }
  ;[employee, staff] = await Promise.all([openUserBrowser('employee'), openUserBrowser('staff')])
  for (const user of [employee, staff]) user.page.setDefaultTimeout(10_000)
}, 30_000)

afterAll(async () => {
  await closeAll(employee, staff)
  await host?.dispose()
}, 20_000)

/** One step of the journey; when it fails, both users' screens are saved beside the step screenshots. */
function step(name: string, timeoutMs: number, body: () => Promise<void>): void {
  test(name, () => shots.onFailure([employee, staff], body), timeoutMs)
}

afterEach(() => {
  // A crash in the page is a failure even when the screen happened to look right.
  expect(employee?.pageErrors).toEqual([])
  expect(staff?.pageErrors).toEqual([])
})

step('an employee signs in with a demo account from the home page', 20_000, async () => {
  const { page } = employee
  await page.goto(host.url)
  const home = taroPage(page, ROUTES.home)
  await home.getByText('请先登录').waitFor()
  await shots.take(page, 'employee-home-signed-out')

  await home.locator('.nut-button', { hasText: '切换演示账号' }).tap()
  const signIn = taroPage(page, ROUTES.signIn)
  await signIn.getByText('王小梅（employee1）').waitFor()
  await shots.take(page, 'employee-sign-in-list')

  await signIn.getByText('王小梅（employee1）').tap()
  await taroPage(page, ROUTES.home).getByText('您好，王小梅').waitFor()
  await taroPage(page, ROUTES.home).getByText('绑定个人信息', { exact: true }).waitFor()
  await shots.take(page, 'employee-home-signed-in')
})

step('the bind form names each wrong field in Chinese, then binds with the demo details and shows them masked', 25_000, async () => {
  const { page } = employee
  await taroPage(page, ROUTES.home).getByText('绑定个人信息', { exact: true }).tap()
  const bind = taroPage(page, ROUTES.bind)
  const input = (key: 'name' | 'idNumber' | 'mobile') => bind.locator(`.field__input--${key} input`)
  const submit = bind.locator('.nut-button', { hasText: '提交绑定' })
  await input('name').waitFor()
  await bind.getByText(UNION).waitFor() // the union list has loaded

  const wrongCheck = demo.idNumber.slice(0, 17) + (demo.idNumber[17] === '0' ? '1' : '0')
  await input('name').fill('王小梅')
  await input('idNumber').fill(wrongCheck)
  await input('mobile').fill(demo.mobile.slice(0, 7))
  // Tapped while the phone field still has focus: the error its blur reveals must not move the button.
  await submit.tap()
  await bind.getByText('身份证号校验位不正确').waitFor()
  await bind.getByText('手机号码应为11位手机号，以1开头').waitFor()
  await bind.getByText('请选择所属基层工会').waitFor()
  await shots.take(page, 'employee-bind-invalid')

  await input('idNumber').fill(demo.idNumber)
  await input('mobile').fill(demo.mobile)
  await bind.locator('.union-picker__item', { hasText: UNION }).tap()
  await bind.locator('.union-picker__item--on', { hasText: UNION }).waitFor()
  const birth = `${demo.idNumber.slice(6, 10)}-${demo.idNumber.slice(10, 12)}-${demo.idNumber.slice(12, 14)}`
  await bind.getByText(`${birth} 出生`).waitFor() // derived from the ID number as it is typed
  expect((await bind.locator('.error-text').allInnerTexts()).filter((t) => t.trim() !== '')).toEqual([])
  await shots.take(page, 'employee-bind-filled')

  await submit.tap()
  const mine = taroPage(page, ROUTES.mine)
  await page.locator('.weui-tabbar__item.weui-bar__item_on', { hasText: '我的' }).waitFor()
  // First 3 and last 4 characters only (130***********0227, 170****0001).
  const maskedId = `${demo.idNumber.slice(0, 3)}${'*'.repeat(11)}${demo.idNumber.slice(-4)}`
  const maskedMobile = `${demo.mobile.slice(0, 3)}****${demo.mobile.slice(-4)}`
  await mine.getByText(maskedId, { exact: true }).waitFor()
  await mine.getByText(maskedMobile, { exact: true }).waitFor()
  await mine.getByText(UNION, { exact: true }).waitFor()
  await shots.take(page, 'employee-mine-masked')

  const shown = await mine.innerText()
  expect(shown).not.toContain(demo.idNumber)
  expect(shown).not.toContain(demo.mobile)
})

step('the staff of that union sees a masked 新职工绑定 notice, and reading it lowers the unread count', 25_000, async () => {
  const { page } = staff
  await page.goto(`${host.url}#${ROUTES.signIn}`)
  await taroPage(page, ROUTES.signIn).getByText('孙建平（staff-u01）').tap()
  const home = taroPage(page, ROUTES.home)
  await home.getByText('您好，孙建平').waitFor()
  const badge = tabBarItem(page, '消息').locator('.taro-tabbar-badge')
  await badge.waitFor()
  const unread = Number(await badge.innerText())
  expect(unread).toBeGreaterThanOrEqual(1)
  await home.getByText(`${unread}条未读`).waitFor()
  await shots.take(page, 'staff-home-unread')

  await tabBarItem(page, '消息').tap()
  const inbox = taroPage(page, ROUTES.inbox)
  await inbox.locator('.inbox__count', { hasText: `${unread}条未读` }).waitFor()
  const notice = inbox.locator('.notice', { hasText: '王**' })
  await notice.waitFor()
  const text = await notice.innerText()
  expect(text).toContain('新职工绑定')
  expect(text).toContain(UNION)
  expect(text).not.toContain('王小梅')
  expect(text).not.toContain(demo.mobile)
  expect(await notice.locator('.notice__dot').count()).toBe(1)
  await shots.take(page, 'staff-inbox-unread')

  await notice.tap()
  const after = unread - 1
  const countAfter = after > 0 ? `${after}条未读` : '没有未读消息'
  await inbox.locator('.notice.notice--read', { hasText: '王**' }).waitFor()
  await inbox.locator('.inbox__count', { hasText: countAfter }).waitFor()
  if (after > 0) await badge.filter({ hasText: String(after) }).waitFor()
  else await badge.waitFor({ state: 'detached' })
  await shots.take(page, 'staff-inbox-read')

  // Read on the server, not only on screen: a fresh load shows the lower count.
  await page.reload()
  await taroPage(page, ROUTES.inbox).locator('.inbox__count', { hasText: countAfter }).waitFor()
})

test('the full ID number (and mobile) is in no file under DATA_DIR and nowhere in the server log', async () => {
  expect(host.log).toMatch(/ POST \/api\/account 200 .*account\.bindProfile$/m) // the log did see the binding
  // While the host runs, recent writes live in the SQLite write-ahead log: it is scanned too.
  expect(listFiles(host.dataDir).some((file) => file.endsWith('-wal'))).toBe(true)
  expect(filesContaining(host.dataDir, demo.idNumber)).toEqual([])
  expect(filesContaining(host.dataDir, demo.mobile)).toEqual([])
  // Stopping checkpoints the SQLite WAL into the main file: look again at what stays on disk.
  expect(await host.stop()).toBe(0)
  expect(filesContaining(host.dataDir, demo.idNumber)).toEqual([])
  expect(filesContaining(host.dataDir, demo.mobile)).toEqual([])
  expect(host.log).not.toContain(demo.idNumber)
  expect(host.log).not.toContain(demo.mobile)
}, 15_000)
