/**
 * The year-end 认定 in the browser build, on the demo household (张秀英,
 * 青石街道工会联合会 u02, helper 林国栋): the helper fills the 认定书 (脱困
 * against the engine needs a reason), the grassroots staff 何丽娟 fills it
 * too, the chair 罗淑芬 certifies 脱困; the household leaves the helper's list
 * and the active files, appears in the union's 花名册, which 何丽娟 reports
 * up; the county's 吴海峰 sees the exit rate on his home page and the roster
 * reported, and receives it. Screenshots: test/artifacts/e2e/file-life/.
 */
import type { Locator, Page } from 'playwright-core'
import { closeAll, openUserBrowser, Screenshots, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { showing, signInAs } from './support/staff-steps'

const ROUTES = {
  home: '/pages/index/index',
  households: '/packages/visits/households/index',
  evaluate: '/packages/files/evaluate/index',
  certify: '/packages/files/certify/index',
  yearEnd: '/packages/files/year-end/index',
}

let host: LocalHost
let helper: UserBrowser
let staff: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('file-life')
  host = await LocalHost.start({ env: { DEMO_HOUSEHOLDS: '1' } })
  ;[helper, staff] = await Promise.all([openUserBrowser('helper'), openUserBrowser('staff')])
  for (const user of [helper, staff]) user.page.setDefaultTimeout(15_000)
}, 40_000)

afterAll(async () => {
  await closeAll(helper, staff)
  await host?.dispose()
}, 20_000)

async function fillEvaluation(page: Page, reason: string | null): Promise<Locator> {
  const form = taroPage(page, ROUTES.evaluate)
  await form.locator('.evaluate__income input').fill('950')
  await form.locator('.evaluate__description textarea').fill('丈夫病情稳定，本人转为正式工，家庭人均收入连续高于低保标准')
  await form.locator('.chip', { hasText: '已消除' }).tap()
  await form.locator('.chip', { hasText: '脱困，建议注销档案' }).tap()
  if (reason) await form.locator('.evaluate__reason textarea').fill(reason)
  await form.locator('.evaluate__save').tap()
  return form
}

test(
  'helper and staff evaluate, the chair certifies 脱困, the roster is reported and the county receives it',
  () =>
    shots.onFailure([helper, staff], async () => {
      // 林国栋 fills the 认定书 from his households; 脱困 without a December visit's incomes needs a reason.
      await signInAs(helper.page, host.url, '林国栋（helper1）')
      await taroPage(helper.page, ROUTES.home).getByText('我的帮扶户').tap()
      const card = taroPage(helper.page, ROUTES.households).locator('.household', { hasText: '张**家' })
      await card.locator('.household__evaluate').tap()
      let form = await fillEvaluation(helper.page, null)
      await form.getByText(/认定脱困须写明理由/).waitFor()
      await shots.take(helper.page, 'helper-reason-needed', { fullPage: true })
      await form.locator('.evaluate__reason textarea').fill('本人已转为社区服务中心正式职工，工资证明显示收入稳定，12月走访将补录收入')
      await form.locator('.evaluate__save').tap()
      await form.getByText('认定书已保存，等待工会主席认定').waitFor()
      await shots.take(helper.page, 'helper-saved', { fullPage: true })

      // 何丽娟 sees it waiting for the chair and fills it as the grassroots staff.
      await signInAs(staff.page, host.url, '何丽娟（staff-u02）')
      await taroPage(staff.page, ROUTES.home).getByText('年度认定与花名册').tap()
      const yearEnd = taroPage(staff.page, ROUTES.yearEnd)
      const file = yearEnd.locator('.year-end__file', { hasText: '张**家' })
      await file.getByText('待主席认定').waitFor()
      await file.locator('.year-end__evaluate').tap()
      form = await fillEvaluation(staff.page, '入户核实收入稳定，同意帮扶责任人意见')
      await form.getByText('认定书已保存，等待工会主席认定').waitFor()

      // 罗淑芬, chair of 青石街道工会联合会, certifies 脱困.
      await signInAs(staff.page, host.url, '罗淑芬（chair-u02）')
      await taroPage(staff.page, ROUTES.home).getByText('解困脱困认定').tap()
      const certify = taroPage(staff.page, ROUTES.certify)
      const item = certify.locator('.certify__item', { hasText: '张**家' })
      await item.getByText('评价人：林国栋、何丽娟').waitFor()
      await shots.take(staff.page, 'chair-before', { fullPage: true })
      await item.locator('.certify__button').tap()
      await item.getByText('已认定').waitFor()
      await showing(staff.page)
      await shots.take(staff.page, 'chair-certified', { fullPage: true })

      // The household leaves the helper's list.
      await helper.page.goto(`${host.url}#${ROUTES.households}`)
      await taroPage(helper.page, ROUTES.households).getByText('暂无结对帮扶的困难职工家庭').waitFor()
      expect(await taroPage(helper.page, ROUTES.households).locator('.household', { hasText: '张**家' }).count()).toBe(0)
      await shots.take(helper.page, 'helper-households-after')

      // 何丽娟: no longer an active file; in the roster; reported up.
      await signInAs(staff.page, host.url, '何丽娟（staff-u02）')
      await taroPage(staff.page, ROUTES.home).getByText('年度认定与花名册').tap()
      await yearEnd.getByText('暂无在档档案').waitFor()
      const roster = yearEnd.locator('.roster')
      await roster.getByText(/张秀英（女） 低保边缘户/).waitFor()
      await roster.getByText('未上报').waitFor()
      await roster.locator('.roster__report').tap()
      await roster.getByText('已上报').waitFor()
      await showing(staff.page)
      await shots.take(staff.page, 'staff-roster-reported', { fullPage: true })

      // 吴海峰 (county): the exit rate on the home page, the roster reported, received.
      await signInAs(staff.page, host.url, '吴海峰（staff-d130306）')
      await taroPage(staff.page, ROUTES.home)
        .getByText(/脱困率100%（1\/1户）/)
        .waitFor()
      await shots.take(staff.page, 'county-home')
      await taroPage(staff.page, ROUTES.home).getByText('年度认定与花名册').tap()
      const report = yearEnd.locator('.year-end__report', { hasText: '青石街道工会联合会 · 脱困1户' })
      await report.getByText('已上报').waitFor()
      await shots.take(staff.page, 'county-reports', { fullPage: true })
      await report.locator('.nut-button').tap()
      await report.getByText('上级已接收').waitFor()
      await shots.take(staff.page, 'county-received', { fullPage: true })
    }),
  120_000,
)
