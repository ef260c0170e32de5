/**
 * A phone-sized Chromium per user, for end-to-end tests of the browser build.
 *
 *   const employee = await openUserBrowser('employee')   // own profile: own storage, own sign-in
 *   const staff = await openUserBrowser('staff')
 *   await employee.page.goto(host.url)
 *   const shots = new Screenshots('bind-profile')
 *   await shots.take(employee.page, 'home')              // test/artifacts/e2e/bind-profile/01-home.png
 *   test('…', () => shots.onFailure([employee, staff], async () => { … }))   // the screens when it fails
 *   await closeAll(employee, staff)
 *
 * It drives the Debian `chromium` package through playwright-core (never
 * `npx playwright install`: there is no network for it). Without a CJK font
 * every Chinese character renders as a box while text assertions still pass,
 * so look at the screenshots. See TOOLCHAIN.md, "Browser tests".
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { makeTempDir, removeTempDir, REPO_ROOT } from './host'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A mid-size phone, as the mini-program's users hold it. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const

export type UserBrowser = {
  /** Who this browser belongs to, for messages. */
  name: string
  context: BrowserContext
  /** The tab the user works in. */
  page: Page
  /** Uncaught exceptions in the page: a test usually expects none. */
  pageErrors: string[]
  /** console.error lines (a 401 before sign-in is normal here). */
  consoleErrors: string[]
  close(): Promise<void>
}

/** Launches Chromium with its own fresh profile, so each user has separate storage and session. */
export async function openUserBrowser(name: string): Promise<UserBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei (see .ci/run)`)
  }
  const userDataDir = makeTempDir(`chromium-${name}`)
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      ...PHONE,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
  } catch (error) {
    removeTempDir(userDataDir)
    throw error
  }
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  return {
    name,
    context,
    page,
    pageErrors,
    consoleErrors,
    close: async () => {
      try {
        await context.close()
      } finally {
        removeTempDir(userDataDir)
      }
    },
  }
}

/** Closes every browser given, even when one of them fails to close. */
export async function closeAll(...browsers: (UserBrowser | undefined)[]): Promise<void> {
  const open = browsers.filter((b): b is UserBrowser => b !== undefined)
  const results = await Promise.allSettled(open.map((b) => b.close()))
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * One Taro page of the H5 app, by route (e.g. '/pages/mine/index'). Taro keeps
 * tab pages it has shown in the DOM, hidden, so an unscoped text locator can
 * match a page the user cannot see; scope by page instead.
 */
export function taroPage(page: Page, route: string): Locator {
  return page.locator(`.taro_page[id^="${route}?"], .taro_page[id="${route}"]`).last()
}

/** A tab of the H5 tab bar by its label (首页, 消息, 我的). */
export function tabBarItem(page: Page, label: string): Locator {
  return page.locator('.weui-tabbar__item', { has: page.locator('.weui-tabbar__label', { hasText: label }) })
}

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test/artifacts/e2e')

/**
 * Numbered screenshots of one test in test/artifacts/e2e/<test>/<nn>-<step>.png.
 * The folder is emptied when created, so it only ever shows the latest run.
 */
export class Screenshots {
  readonly dir: string
  private count = 0

  constructor(testName: string) {
    this.dir = path.join(ARTIFACTS_DIR, slug(testName))
    rmSync(this.dir, { recursive: true, force: true })
    mkdirSync(this.dir, { recursive: true })
  }

  /** Saves what the phone's screen shows now (after web fonts are ready); returns the file's path. */
  async take(page: Page, step: string, options: { fullPage?: boolean } = {}): Promise<string> {
    this.count += 1
    const file = path.join(this.dir, `${String(this.count).padStart(2, '0')}-${slug(step)}.png`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled' })
    return file
  }

  /**
   * Runs a test's body; if it fails, saves what each user's screen showed
   * (`<nn>-failed-<user>.png`) before passing the failure on.
   *   test('…', () => shots.onFailure([employee, staff], async () => { … }))
   */
  async onFailure(users: (UserBrowser | undefined)[], body: () => Promise<void>): Promise<void> {
    try {
      await body()
    } catch (error) {
      for (const user of users) {
        if (user) await this.take(user.page, `failed-${user.name}`).catch(() => undefined)
      }
      throw error
    }
  }
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (!s) throw new Error(`"${text}" has no letters or digits to name a file with`)
  return s
}
