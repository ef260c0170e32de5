/**
 * A helper's home visit with no signal, in the browser build. 林国栋 (helper1)
 * opens 我的帮扶户 on the demo household (张秀英, 青石街道工会联合会); the host is
 * stopped; he writes the visit — checked as typed, the draft surviving a
 * reload — with two phone photos and the location he consents to, and saves
 * it: it waits on the phone (失败·重试), and survives another reload. The host
 * starts again, 重试 delivers it: two uploads, one visit, even when the record
 * is replayed. The grassroots staff (何丽娟, staff-u02) get the 走访记录 notice
 * and see the two photos; the county staff (吴海峰) see compliance and re-pair.
 * The app's own files come from dist/h5 on disk (support/visit-form.ts), as a
 * mini-program's code is on the phone. Screenshots: test/artifacts/e2e/visits/.
 */
import { closeAll, openUserBrowser, Screenshots, tabBarItem, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { phonePhoto } from './support/apply-form'
import { openCase, showing, signInAs } from './support/staff-steps'
import { addVisitPhotos, appOnThePhone, chooseChip, fillField, formPage, VISIT_ROUTES } from './support/visit-form'

let host: LocalHost
let helper: UserBrowser
let staff: UserBrowser
let shots: Screenshots
let url: string

beforeAll(async () => {
  shots = new Screenshots('visits')
  host = await LocalHost.start({ env: { DEMO_HOUSEHOLDS: '1' } })
  url = host.url
  ;[helper, staff] = await Promise.all([openUserBrowser('helper'), openUserBrowser('staff')])
  for (const user of [helper, staff]) user.page.setDefaultTimeout(15_000)
  await appOnThePhone(helper.context, url)
  await helper.context.grantPermissions(['geolocation'], { origin: new URL(url).origin })
  await helper.context.setGeolocation({ latitude: 39.9354, longitude: 119.2412, accuracy: 20 })
}, 40_000)

afterAll(async () => {
  await closeAll(helper, staff)
  await host?.dispose()
}, 20_000)

type Sent = { uploads: number[]; filed: number }

function watchSends(user: UserBrowser): Sent {
  const sent: Sent = { uploads: [], filed: 0 }
  user.page.on('response', (res) => {
    const req = res.request()
    if (res.status() !== 200 || req.method() !== 'POST') return
    if (req.url().includes('/api/_upload')) sent.uploads.push(req.postDataBuffer()?.length ?? 0)
    if (req.url().endsWith('/api/visit') && req.postDataJSON()?.action === 'file') sent.filed += 1
  })
  return sent
}

test(
  'a visit saved with no signal arrives once when the host is back, and the staff see its photos',
  () =>
    shots.onFailure([helper, staff], async () => {
      const started = Date.now()
      const { page } = helper
      const sent = watchSends(helper)
      await page.goto(`${url}#/packages/account/sign-in/index`)
      await taroPage(page, '/packages/account/sign-in/index').getByText('林国栋（helper1）').tap()
      await taroPage(page, '/pages/index/index').getByText('我的帮扶户').tap()
      const households = taroPage(page, VISIT_ROUTES.households)
      const card = households.locator('.household', { hasText: '张**家' })
      await card.getByText('今年已走访0次（目标2次）').waitFor()
      await card.getByText(/年终评价走访待完成/).waitFor()
      expect(await households.innerText()).not.toMatch(/张秀英|\d{17}[\dX]/)
      await shots.take(page, 'households')

      await host.stop()
      await card.locator('.household__file').tap()
      const form = formPage(page)
      await form.getByText('张**家 · 档案号').waitFor()
      await form.locator('.visit-form__save').tap()
      await form.getByText('家庭情况不能为空').waitFor()
      await form.getByText('请至少上传1张走访照片').waitFor()
      await shots.take(page, 'form-invalid')

      await chooseChip(form, 'type', '日常走访')
      await fillField(form, 'participants', '林国栋、何丽娟')
      await fillField(form, 'situation', '丈夫化疗结束在家休养，本人在社区服务中心上班，家中收入稳定。')
      await fillField(form, 'changes', '丈夫病情稳定，医疗支出减少。')
      for (const i of [0, 1, 2, 3, 4, 5]) await fillField(form, `monthlyIncome-${i}`, '1500')
      await form.locator('.visit-form__household').scrollIntoViewIfNeeded()
      await shots.take(page, 'form-typed')
      // Killing the app loses nothing typed.
      await page.reload()
      await form.locator('.field__input--situation textarea').waitFor()
      expect(await form.locator('.field__input--situation textarea').inputValue()).toMatch(/^丈夫化疗结束/)
      expect(await form.locator('.field__input--monthlyIncome-5 input').inputValue()).toBe('1500')

      await form.locator('.visit-measure__add').tap()
      await fillField(form, 'measures-0', '送去慰问金500元')
      await chooseChip(form, 'measures', '已落实')
      await chooseChip(form, 'acknowledgment', '职工已确认')
      await fillField(form, 'acknowledgedBy', '张秀英')
      const photos = await Promise.all([21, 22].map(phonePhoto))
      await addVisitPhotos(page, photos)
      await form
        .locator('.photo-tile__state', { hasText: /待上传|失败·重试|上传中/ })
        .first()
        .waitFor()
      await form.locator('.visit-location__switch').tap()
      await form.getByText(/已记录位置（纬度39\.9354/).waitFor()
      expect((await form.locator('.error-text').allInnerTexts()).filter((t) => t.trim() !== '')).toEqual([])
      await shots.take(page, 'form-filled-offline', { fullPage: true })

      await form.locator('.visit-form__save').tap()
      const waiting = households.locator('.waiting__item', { hasText: '日常走访 · 张**' })
      await waiting.locator('.waiting__state', { hasText: /待上传|失败·重试/ }).waitFor()
      await households.getByText(/网络不给力，显示的是/).waitFor()
      await showing(page)
      await shots.take(page, 'saved-offline')
      await page.reload()
      await waiting.locator('.waiting__state', { hasText: /待上传|失败·重试/ }).waitFor()
      await waiting.getByText('还有2张照片待上传').waitFor()
      expect(sent).toEqual({ uploads: [], filed: 0 })

      await host.restart()
      const back = Date.now()
      await households.locator('.waiting__retry').tap()
      await waiting.locator('.waiting__state', { hasText: '已送达' }).waitFor({ timeout: 30_000 })
      const deliveredIn = Date.now() - back
      await card.getByText('今年已走访1次（目标2次）').waitFor()
      await card.getByText('脱困候选').waitFor()
      await shots.take(page, 'delivered')

      // Exactly once: two photos up, one record, and a replay of its request id files nothing more.
      expect(sent.uploads).toHaveLength(2)
      expect(sent.filed).toBe(1)
      for (const bytes of sent.uploads) expect(bytes).toBeLessThanOrEqual(300 * 1024)
      const token = await host.signIn('helper1')
      const mine = await host.call<{ households: { applicationId: string }[] }>('visit', 'mine', { token })
      const applicationId = mine.body.households[0]?.applicationId ?? ''
      type Listed = { visits: { photos: unknown[]; location?: unknown; income?: { exitCandidate: boolean } }[] }
      const listed = await host.call<Listed>('visit', 'list', { token, data: { applicationId } })
      expect(listed.body.visits).toHaveLength(1)
      expect(listed.body.visits[0]).toMatchObject({
        photos: [expect.anything(), expect.anything()],
        location: { latitude: 39.9354 },
        income: { exitCandidate: true },
      })
      const outbox = await page.evaluate(() => {
        // Taro keeps { data } per key; the outbox's data is its own JSON text.
        const kept = JSON.parse(window.localStorage.getItem('bangfu.outbox.v1') ?? '{}') as { data?: string }
        return JSON.parse(kept.data ?? '[]') as { id: string; steps: { type: string; data?: unknown; requestId?: string }[] }[]
      })
      const call = outbox.find((i) => i.id.startsWith('visit-'))?.steps.find((s) => s.type === 'call')
      expect(await host.call('visit', 'file', { token, data: call?.data, requestId: call?.requestId })).toMatchObject({ status: 200 })
      expect((await host.call<Listed>('visit', 'list', { token, data: { applicationId } })).body.visits).toHaveLength(1)

      // The grassroots staff hear of it and see the photos.
      const s = staff.page
      await signInAs(s, url, '何丽娟（staff-u02）')
      await tabBarItem(s, '消息').tap()
      const notice = taroPage(s, '/pages/inbox/index').locator('.notice', { hasText: '林国栋上传了青石街道工会联合会困难职工张**家' })
      await notice.locator('.nut-tag', { hasText: '走访记录' }).waitFor()
      await shots.take(s, 'staff-notice')
      await tabBarItem(s, '首页').tap()
      const detail = await openCase(s, '张秀英')
      await detail.locator('.nut-cell', { hasText: '走访记录' }).tap()
      const visits = taroPage(s, VISIT_ROUTES.visits)
      await visits.getByText('日常走访').waitFor()
      await s.waitForFunction(
        () => Array.from(document.querySelectorAll<HTMLImageElement>('.visit__photo img')).filter((img) => img.naturalWidth > 0).length === 2,
      )
      await visits.getByText('送去慰问金500元（已落实）').waitFor()
      await shots.take(s, 'staff-visits', { fullPage: true })

      // The county sees compliance in its subtree, and re-pairs the household.
      await signInAs(s, url, '吴海峰（staff-d130306）')
      await taroPage(s, '/pages/index/index').getByText('走访与结对').tap()
      const compliance = taroPage(s, VISIT_ROUTES.compliance)
      const helperRow = compliance.locator('.compliance__helper', { hasText: '林国栋' })
      await helperRow.getByText('结对1户').waitFor()
      await helperRow.getByText('少于5户').waitFor()
      const exit = compliance.locator('.compliance__section--exitCandidates .compliance__file', { hasText: '张**家' })
      await exit.locator('.compliance__name').tap()
      await exit.locator('.nut-button', { hasText: '调整结对' }).tap()
      await exit.locator('.chip', { hasText: '林国栋（青石区总工会）' }).first().waitFor()
      await shots.take(s, 'compliance-pairing', { fullPage: true })
      await exit.locator('.nut-button', { hasText: '确认结对' }).tap()
      await exit.locator('.pair').waitFor({ state: 'detached' })
      await showing(s, helperRow)
      await shots.take(s, 'compliance-helpers')

      console.info(
        `e2e visits: ${((Date.now() - started) / 1000).toFixed(1)} s in all; delivered ${(deliveredIn / 1000).toFixed(1)} s after the host was back; photos sent ${sent.uploads.map((b) => `${Math.round(b / 1024)} KB`).join(', ')}`,
      )
      for (const user of [helper, staff]) expect(user.pageErrors).toEqual([])
    }),
  180_000,
)

test(
  'a visit the server refuses is corrected from the draft it was saved from, and then arrives',
  () =>
    shots.onFailure([helper], async () => {
      const { page } = helper
      const households = taroPage(page, VISIT_ROUTES.households)
      await page.goto(`${url}#${VISIT_ROUTES.households}`)
      const card = households.locator('.household', { hasText: '张**家' })
      await card.locator('.household__file').tap()
      const form = formPage(page)
      await chooseChip(form, 'type', '送温暖慰问')
      // Before the household was filed: only the server knows, and says so.
      await fillField(form, 'happenedAt', '2020-01-02 09:00')
      await fillField(form, 'situation', '春节前送去慰问品。')
      await chooseChip(form, 'acknowledgment', '职工已确认')
      await fillField(form, 'acknowledgedBy', '张秀英')
      await addVisitPhotos(page, [await phonePhoto(31)])
      await form.locator('.visit-form__save').tap()
      const refused = households.locator('.waiting__item', { hasText: '送温暖慰问' })
      await refused.locator('.waiting__state', { hasText: '需要修改' }).waitFor({ timeout: 30_000 })
      await refused.getByText(/走访时间不能早于建档日期/).waitFor()
      await shots.take(page, 'refused')

      await refused.locator('.nut-button', { hasText: '修改后重新保存' }).tap()
      expect(await form.locator('.field__input--situation textarea').inputValue()).toBe('春节前送去慰问品。')
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
      await fillField(form, 'happenedAt', `${today} 00:01`)
      await form.locator('.visit-form__save').tap()
      const again = households.locator('.waiting__item', { hasText: '送温暖慰问' })
      await again.locator('.waiting__state', { hasText: '已送达' }).waitFor({ timeout: 30_000 })
      await card.getByText('今年已走访2次（目标2次）').waitFor()
      await shots.take(page, 'corrected-and-delivered')
      expect(helper.pageErrors).toEqual([])
    }),
  90_000,
)
