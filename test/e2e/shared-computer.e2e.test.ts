/**
 * A shared computer: one browser (one localStorage), two employees one after
 * the other. The first one's draft (ID number, address) is gone when they sign
 * out, and is never shown to the next person, even when the first never signed
 * out and only their session ran out. Screenshots: test/artifacts/e2e/shared-computer/.
 */
import type { Page } from 'playwright-core'
import { applyPage, fill } from './support/apply-form'
import { closeAll, openUserBrowser, Screenshots, tabBarItem, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'

const SIGN_IN = '/packages/account/sign-in/index'
const HOME = '/pages/index/index'
const DRAFT_ADDRESS = '演示省青石区松林路8号（草稿）'

let host: LocalHost
let desk: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('shared-computer')
  host = await LocalHost.start()
  desk = await openUserBrowser('shared-desk')
  desk.page.setDefaultTimeout(15_000)
}, 60_000)

afterAll(async () => {
  await closeAll(desk)
  await host?.dispose()
}, 20_000)

/** Every key the app keeps in this browser, with its value. */
const appStorage = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('bangfu.'))
        .map((k) => [k, localStorage.getItem(k) ?? '']),
    ),
  )

async function signIn(page: Page, label: string): Promise<void> {
  await page.goto(`${host.url}#${SIGN_IN}`)
  await taroPage(page, SIGN_IN).getByText(label).tap()
  await taroPage(page, HOME)
    .getByText(`您好，${label.slice(0, 3)}`)
    .waitFor()
}

/** Starts an application and types an address; resolves once the draft is on disk. */
async function startDraft(page: Page, address: string): Promise<void> {
  await page.goto(`${host.url}#${HOME}`)
  await taroPage(page, HOME).getByText('申请建档', { exact: true }).tap()
  await applyPage(page).getByText('第1步（共8步）：个人信息').waitFor()
  await fill(page, 'address', address)
  await page.waitForFunction((text: string) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(text)), address)
}

async function openApplyForm(page: Page): Promise<string> {
  await page.goto(`${host.url}#${HOME}`)
  await taroPage(page, HOME).getByText('申请建档', { exact: true }).tap()
  await applyPage(page).getByText('第1步（共8步）：个人信息').waitFor()
  return applyPage(page).locator('.field--address input').inputValue()
}

test(
  'a draft is removed at sign-out and never shown to the next person on the same browser',
  () =>
    shots.onFailure([desk], async () => {
      const { page } = desk
      await signIn(page, '李大勇（employee2）')
      await startDraft(page, DRAFT_ADDRESS)
      await shots.take(page, 'employee2-draft')

      await page.goto(`${host.url}#${HOME}`)
      await tabBarItem(page, '我的').tap()
      await taroPage(page, '/pages/mine/index').locator('.nut-button', { hasText: '退出登录' }).tap()
      await taroPage(page, SIGN_IN).getByText('刘建军（employee4）').waitFor()
      expect(await appStorage(page)).toEqual({})

      await signIn(page, '刘建军（employee4）')
      expect(await openApplyForm(page)).toBe('')
      expect(JSON.stringify(await appStorage(page))).not.toContain(DRAFT_ADDRESS)
      await shots.take(page, 'employee4-empty-form')
    }),
  120_000,
)

test(
  'a draft left by someone whose session ran out is removed when another person signs in, and kept for its owner',
  () =>
    shots.onFailure([desk], async () => {
      const { page } = desk
      await startDraft(page, DRAFT_ADDRESS) // employee4, still signed in from the test before
      // The session runs out (the page drops an expired token the same way).
      await page.evaluate(() => localStorage.removeItem('bangfu.token'))
      await signIn(page, '刘建军（employee4）')
      expect(await openApplyForm(page)).toBe(DRAFT_ADDRESS) // the owner finds it again

      await page.evaluate(() => localStorage.removeItem('bangfu.token'))
      await signIn(page, '赵桂兰（employee5）')
      expect(await openApplyForm(page)).toBe('')
      expect(JSON.stringify(await appStorage(page))).not.toContain(DRAFT_ADDRESS)
    }),
  120_000,
)
