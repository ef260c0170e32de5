/**
 * Journey: the self-check page in the browser build. Someone not even signed
 * in fills it in, sees the verdict and the reasons, and the page sends nothing
 * to the server while doing so. Screenshots: test/artifacts/e2e/self-check/.
 */
import { closeAll, openUserBrowser, Screenshots, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'

const ROUTE = '/packages/selfcheck/index'

let host: LocalHost
let user: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('self-check')
  host = await LocalHost.start()
  user = await openUserBrowser('employee')
  user.page.setDefaultTimeout(10_000)
}, 30_000)

afterAll(async () => {
  await closeAll(user)
  await host?.dispose()
}, 20_000)

test(
  'an employee checks eligibility on the phone, with nothing sent to the server',
  () =>
    shots.onFailure([user], async () => {
      const { page } = user
      await page.goto(host.url)
      const home = taroPage(page, '/pages/index/index')
      await home.getByText('自助测算').tap()
      const check = taroPage(page, ROUTE)
      await check.getByText('户口所在地区').waitFor()

      const apiCalls: string[] = []
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url())
      })

      // Bad entries first: every field to fix is named.
      await check.locator('.field__input--householdSize input').fill('0')
      await check.locator('.nut-button', { hasText: '开始测算' }).tap()
      await check.getByText('请选择所在地区').waitFor()
      await check.getByText('家庭人口应为不小于1的整数').waitFor()
      await check.getByText('每月收入第1个月不能为空').waitFor()
      // The page brings the first error (far above the button) into view.
      await page.waitForFunction(() => {
        const rect = document.querySelector('.selfcheck .error-text')?.getBoundingClientRect()
        return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight
      })
      await shots.take(page, 'errors-named-scrolled-to-first')

      // Funing, 3 people, 1500 a month, receiving 低保: criterion 2, 低保户.
      await check.getByText('河北省秦皇岛市抚宁区').tap()
      await check.locator('.field__input--householdSize input').fill('3')
      for (let i = 0; i < 6; i += 1) await check.locator(`.field__input--month${i} input`).fill('1500')
      await check.locator('.flag', { hasText: '正在领取政府低保' }).locator('.weui-switch, input[type=checkbox]').first().tap()
      await check.locator('.nut-button', { hasText: '开始测算' }).tap()
      await check.getByText('初步符合：第2条标准（低保户）').waitFor()
      await check.getByText('家庭人均月收入约 500.00 元').waitFor()
      await check.locator('.result__explanation').scrollIntoViewIfNeeded()
      await shots.take(page, 'eligible-criterion-2')

      // Two homes excludes the household whatever its income.
      await check.locator('.field__input--homesOwned input').fill('2')
      await check.getByText('初步不符合建档条件').waitFor()
      await check.locator('.result__explanation').scrollIntoViewIfNeeded()
      await shots.take(page, 'excluded-two-homes')

      // The entries survive leaving the page and coming back.
      await page.reload()
      await taroPage(page, ROUTE).getByText('户口所在地区').waitFor()
      await expectValue(taroPage(page, ROUTE).locator('.field__input--month5 input'), '1500')

      expect(apiCalls).toEqual([])
      expect(user.pageErrors).toEqual([])
    }),
  45_000,
)

async function expectValue(locator: ReturnType<typeof taroPage>, value: string) {
  await locator.waitFor()
  expect(await locator.inputValue()).toBe(value)
}
