/**
 * After filing, in the browser build: three households are filed through the
 * API (李大勇 u01, 张秀英 u02, 刘建军 u03 — the setup is not what this test is
 * about). 孙建平 (staff-u01) makes 李大勇's plan on 帮扶计划与台账; 李大勇 signs
 * it (签字确认) in 我的帮扶; 陈立群 (city staff) runs a 送温暖 campaign that pays
 * the three households from 基层级 funds; 李大勇 sees the aid in 我的帮扶 and the
 * 帮扶记录 notice in 消息. Screenshots: test/artifacts/e2e/assistance/.
 */
import type { Locator, Page } from 'playwright-core'
import { closeAll, openUserBrowser, Screenshots, tabBarItem, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { daysAgo, openCase, showing, signInAs, STAFF_ROUTES } from './support/staff-steps'
import { HOUSEHOLDS, type HouseholdSpec } from '../server/assistance/support/households'
import { applicationForm, idOf, submission } from '../server/application/support/application-form'

const ROUTES = {
  household: '/packages/assist/household/index',
  plan: '/packages/assist/plan/index',
  ledger: '/packages/assist/ledger/index',
  campaign: '/packages/assist/campaign/index',
}

let host: LocalHost
let staff: UserBrowser
let worker: UserBrowser
let city: UserBrowser
let shots: Screenshots

const accountOf = (userId: string) => userId.replace(/^demo-/, '')

type Call = (userId: string, fn: string, action: string, data: Record<string, unknown>) => Promise<{ id?: string }>

const caller =
  (n: number): Call =>
  async (userId, fn, action, data) => {
    const token = await host.signIn(accountOf(userId))
    const answer = await host.call<{ id?: string }>(fn, action, { token, data, requestId: `e2e-assist-${n}-${action}` })
    if (answer.status !== 200) throw new Error(`${action} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
    return answer.body
  }

/** Applied, investigated, evaluated and publicised a month ago (on the host's dev clock): each step dated in order. */
async function publicisedThroughApi(spec: HouseholdSpec, n: number): Promise<string> {
  const call = caller(n)
  const form = { ...applicationForm(idOf(spec.account), spec.members), name: spec.name }
  const { id } = await call(spec.userId, 'application', 'submit', submission(form))
  const applicationId = id!
  const then = daysAgo(30)
  const steps: [string, string, Record<string, unknown>][] = [
    [spec.grassroots, 'accept', {}],
    [spec.grassroots, 'recordInvestigation', { visitDate: then, investigators: ['孙建平', '何丽娟'], findings: '收入属实' }],
    [spec.grassroots, 'recordEvaluation', { meetingDate: then, attendance: 7, result: 'agree' }],
    [spec.grassroots, 'startPublicity', { startDate: then }],
  ]
  for (const [userId, action, data] of steps) await call(userId, 'application', action, { applicationId, ...data })
  return applicationId
}

/** The publicity over, approved and filed today. */
async function filedThroughApi(spec: HouseholdSpec, n: number, applicationId: string): Promise<void> {
  const call = caller(n)
  const steps: [string, string, Record<string, unknown>][] = [
    [spec.grassroots, 'endPublicity', {}],
    [spec.county, 'approve', {}],
    [spec.county, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: spec.helper }],
  ]
  for (const [userId, action, data] of steps) await call(userId, 'application', action, { applicationId, ...data })
}

async function tapChip(scope: Locator, label: string): Promise<void> {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  await scope.locator('.chip', { hasText: exact }).first().tap()
  await scope.locator('.chip--on', { hasText: exact }).first().waitFor()
}

const fill = (scope: Locator, key: string, text: string) => scope.locator(`.field__input--${key}`).locator('input, textarea').fill(text)

async function openMyAssistance(page: Page): Promise<Locator> {
  await taroPage(page, STAFF_ROUTES.home).getByText('我的帮扶').tap()
  const household = taroPage(page, ROUTES.household)
  await household.getByText('帮扶计划（一户一策）').waitFor()
  return household
}

beforeAll(async () => {
  shots = new Screenshots('assistance')
  host = await LocalHost.start()
  const specs = [HOUSEHOLDS.li, HOUSEHOLDS.zhang, HOUSEHOLDS.liu]
  await host.moveClock({ now: new Date(Date.now() - 30 * 86_400_000).toISOString() })
  const ids: string[] = []
  for (const [i, spec] of specs.entries()) ids.push(await publicisedThroughApi(spec, i + 1))
  await host.moveClock({ now: new Date().toISOString() })
  for (const [i, spec] of specs.entries()) await filedThroughApi(spec, i + 1, ids[i]!)
  ;[staff, worker, city] = await Promise.all([openUserBrowser('staff'), openUserBrowser('worker'), openUserBrowser('city')])
  for (const user of [staff, worker, city]) user.page.setDefaultTimeout(15_000)
}, 90_000)

afterAll(async () => {
  await closeAll(staff, worker, city)
  await host?.dispose()
}, 20_000)

test(
  'staff make a plan, the worker confirms it, a campaign pays three households, the worker sees the aid and the notice',
  () =>
    shots.onFailure([staff, worker, city], async () => {
      // 孙建平 makes the plan from the case.
      await signInAs(staff.page, host.url, '孙建平（staff-u01）')
      const detail = await openCase(staff.page, '李大勇')
      await detail.getByText('帮扶计划与台账').tap()
      const household = taroPage(staff.page, ROUTES.household)
      await household.getByText('还没有帮扶计划').waitFor()
      await household.locator('.nut-button', { hasText: '制定计划' }).tap()
      const plan = taroPage(staff.page, ROUTES.plan)
      await plan.getByText('解困脱困措施').waitFor()
      await tapChip(plan.locator('.assist-chips--measures'), '就业创业发展')
      await tapChip(plan.locator('.assist-chips--measures'), '社会救助兜底')
      await tapChip(plan.locator('.assist-chips--plans'), '技能培训促就业计划')
      await tapChip(plan.locator('.assist-chips--plans'), '送温暖精准化计划')
      await fill(plan, 'deadline', '2027-12')
      await fill(plan, 'notes', '推荐参加区总工会电工培训')
      await shots.take(staff.page, 'staff-plan-form', { fullPage: true })
      await plan.locator('.nut-button', { hasText: '保存并请职工确认' }).tap()
      await household.getByText('待职工确认').waitFor()
      await showing(staff.page)
      await shots.take(staff.page, 'staff-plan-awaiting')

      // 李大勇 signs it.
      await signInAs(worker.page, host.url, '李大勇（employee2）')
      const mine = await openMyAssistance(worker.page)
      await mine.locator('.nut-button', { hasText: '签字确认帮扶计划' }).tap()
      await mine.getByText(/李大勇已于\d{4}-\d{2}-\d{2}签字确认/).waitFor()
      await expectText(mine, '1.就业创业发展☑')
      await showing(worker.page)
      await shots.take(worker.page, 'worker-confirmed', { fullPage: true })

      // 陈立群 pays the three households in one campaign.
      await signInAs(city.page, host.url, '陈立群（staff-c1303）')
      await taroPage(city.page, STAFF_ROUTES.home).getByText('帮扶台账').tap()
      await taroPage(city.page, ROUTES.ledger).locator('.nut-button', { hasText: '批量帮扶' }).tap()
      const campaign = taroPage(city.page, ROUTES.campaign)
      await campaign.getByText('本辖区符合条件3户，已选3户').waitFor()
      await tapChip(campaign.locator('.assist-field--kind'), '送温暖')
      await fill(campaign, 'amount', '800')
      await tapChip(campaign.locator('.assist-field--fundLevel'), '基层级')
      await fill(campaign, 'project', '元旦春节送温暖')
      await campaign.locator('.nut-button', { hasText: '为3户登记帮扶' }).tap()
      await campaign.getByText('已登记3户，未登记0户').waitFor()
      for (const name of ['李大勇', '张秀英', '刘建军']) await campaign.getByText(`${name}：已登记`).waitFor()
      await showing(city.page, campaign.locator('.assist-campaign__result'))
      await shots.take(city.page, 'campaign-result')

      // 李大勇 sees the aid and the notice.
      await worker.page.reload()
      await taroPage(worker.page, ROUTES.household).locator('.aid-entry', { hasText: '送温暖' }).waitFor()
      await expectText(taroPage(worker.page, ROUTES.household), '800.00元')
      await showing(worker.page, taroPage(worker.page, ROUTES.household).locator('.aid-entry').first())
      await shots.take(worker.page, 'worker-aid')
      await worker.page.goto(`${host.url}#${STAFF_ROUTES.home}`)
      await tabBarItem(worker.page, '消息').tap()
      const inbox = taroPage(worker.page, '/pages/inbox/index')
      await inbox.getByText(/演示市总工会为您家发放送温暖（元旦春节送温暖）：800\.00元/).waitFor()
      await shots.take(worker.page, 'worker-notice')
    }),
  180_000,
)

async function expectText(scope: Locator, text: string): Promise<void> {
  await scope.getByText(text).first().waitFor()
}
