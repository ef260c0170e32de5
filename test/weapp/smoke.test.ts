/**
 * Smoke test of the compiled WeChat build: the app starts and the home tab renders what
 * the real back end answers. The page runs from dist/weapp inside miniprogram-simulate
 * (see support/weapp-harness.ts); its `wx.cloud` calls go to the real dispatcher on a
 * temporary SQLite database with the demo data (support/local-cloud.ts). Nothing is mocked
 * between the page and the database except the CloudBase transport itself.
 */
import { assertWeappBuilt, mountPage, type MountedPage } from './support/weapp-harness'
import { startLocalCloud, type LocalCloud } from './support/local-cloud'

const HOME = 'pages/index/index'

let local: LocalCloud
const mounted: MountedPage[] = []

beforeAll(async () => {
  assertWeappBuilt()
  local = await startLocalCloud()
})

// React, Taro and j-component report errors thrown in handlers and effects with
// console.error rather than failing the test: treat any such report as a failure.
let consoleErrors: jest.SpyInstance
beforeEach(() => {
  consoleErrors = jest.spyOn(console, 'error')
})

afterEach(async () => {
  for (const page of mounted.splice(0)) await page.unmount()
  const reported = consoleErrors.mock.calls
  consoleErrors.mockRestore()
  expect(reported).toEqual([])
})

afterAll(async () => {
  await local?.close()
})

async function openHome(userId: string) {
  const wxCloud = local.wxCloudFor(userId)
  const page = await mountPage({ page: HOME, cloud: wxCloud.cloud })
  mounted.push(page)
  // The page loads in useDidShow; wait until both answers are on screen.
  await page.waitFor(() => expect(page.lines()).toContain('消息'))
  return { page, ...wxCloud }
}

/** The line right after a cell's title: its description. */
function after(lines: string[], title: string): string | undefined {
  const at = lines.indexOf(title)
  return at < 0 ? undefined : lines[at + 1]
}

describe('weapp home page (dist/weapp in miniprogram-simulate, real dispatcher)', () => {
  test('employee: greeting, role, bound profile and no unread messages; taps switch tabs', async () => {
    const { page, calls, inits } = await openHome('demo-employee2')

    expect(inits).toEqual([expect.objectContaining({ traceUser: true })])
    expect(calls.map((c) => `${c.name}.${(c.data as { action: string }).action}`).sort()).toEqual(['account.me', 'inbox.unreadCount'])
    expect(calls.every((c) => c.result.ok)).toBe(true)

    const lines = page.lines()
    expect(lines).toContain('困难职工帮扶')
    expect(lines).toContain('您好，李大勇')
    expect(lines).toContain('职工')
    expect(after(lines, '我的信息')).toBe('青石机械厂工会')
    expect(after(lines, '消息')).toBe('暂无未读消息')
    expect(page.wxCalls).toContainEqual({ api: 'removeTabBarBadge', options: { index: 1 } })

    page.tapText('消息')
    await page.waitFor(() => expect(page.wxCalls.filter((c) => c.api === 'switchTab')).toHaveLength(1))
    expect(page.wxCalls.find((c) => c.api === 'switchTab')?.options).toEqual({ url: '/pages/inbox/index' })

    page.tapText('我的信息')
    await page.waitFor(() => expect(page.wxCalls.filter((c) => c.api === 'switchTab')).toHaveLength(2))
    expect(page.wxCalls.filter((c) => c.api === 'switchTab')[1]?.options).toEqual({ url: '/pages/mine/index' })
    expect(local.logged).toEqual([])
  })

  test('staff: role with union name and the unread count from the inbox', async () => {
    const expected = await local.call('demo-staff-u01', 'inbox', { action: 'unreadCount' })
    if (!expected.ok) throw new Error(`unreadCount failed: ${expected.error.message}`)
    const unread = (expected.data as { unread: number }).unread
    expect(unread).toBeGreaterThanOrEqual(1)

    const { page } = await openHome('demo-staff-u01')
    const lines = page.lines()
    expect(lines).toContain('您好，孙建平')
    expect(lines).toContain('工会工作人员 · 青石机械厂工会')
    expect(after(lines, '消息')).toBe(`${unread}条未读`)
    // Staff are not employees: no profile cell.
    expect(lines).not.toContain('我的信息')
    expect(lines).not.toContain('绑定个人信息')
    expect(page.wxCalls).toContainEqual({ api: 'setTabBarBadge', options: { index: 1, text: String(unread) } })
    expect(local.logged).toEqual([])
  })
})
