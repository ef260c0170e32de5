/**
 * The whole journey in the browser build. An employee applies: a field
 * checked as it is typed with the server's words, the draft surviving a
 * reload, a household member with the ID-derived facts shown, papers
 * photographed and compressed on the phone, the 授权书, the on-device
 * assessment, one submission. The grassroots staff investigate, evaluate and
 * publicise; the county staff approve and file with a helper; the employee
 * sees the file number and the helper. Screenshots: test/artifacts/e2e/journey/.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { closeAll, openUserBrowser, Screenshots, taroPage, type UserBrowser } from './support/browser'
import { LocalHost } from './support/host'
import { addPapers, applyPage, choose, fill, nextStep, phonePhoto } from './support/apply-form'
import {
  acceptCase,
  approveCase,
  daysAgo,
  endPublicity,
  fileCase,
  openCase,
  recordEvaluation,
  recordInvestigation,
  showing,
  signInAs,
  startPublicity,
} from './support/staff-steps'
import { APPLICANT_ID, SPOUSE_ID } from '../server/application/support/application-form'

let host: LocalHost
let employee: UserBrowser
let owner: UserBrowser
let county: UserBrowser
let shots: Screenshots

beforeAll(async () => {
  shots = new Screenshots('journey')
  host = await LocalHost.start()
  ;[employee, owner, county] = await Promise.all([openUserBrowser('employee'), openUserBrowser('owner'), openUserBrowser('county')])
  for (const user of [employee, owner, county]) user.page.setDefaultTimeout(15_000)
}, 30_000)

afterAll(async () => {
  await closeAll(employee, owner, county)
  await host?.dispose()
}, 20_000)

test(
  'an employee applies with photos, staff take it to a file, and the employee sees the file number and helper',
  () =>
    shots.onFailure([employee, owner, county], async () => {
      const started = Date.now()
      const { page } = employee
      // What leaves the phone: every upload body, to measure it.
      const uploads: Buffer[] = []
      page.on('request', (r) => {
        if (r.url().includes('/api/_upload')) uploads.push(r.postDataBuffer() ?? Buffer.alloc(0))
      })
      // The application was made a month ago (the host's dev clock), so its publicity can run its course.
      await host.moveClock({ advanceDays: -30 })
      await page.goto(`${host.url}#/packages/account/sign-in/index`)
      await taroPage(page, '/packages/account/sign-in/index').getByText('李大勇（employee2）').tap()
      await taroPage(page, '/pages/index/index').getByText('申请建档', { exact: true }).tap()
      const form = applyPage(page)
      await form.getByText('第1步（共8步）：个人信息').waitFor()

      // Checked as typed, in the server's words; the step will not move on with problems.
      await fill(page, 'idNumber', APPLICANT_ID.slice(0, 17) + (APPLICANT_ID.endsWith('0') ? '1' : '0'))
      await form.getByText('身份证号校验位不正确').waitFor()
      await fill(page, 'idNumber', APPLICANT_ID)
      await form.locator('.field__derived', { hasText: '由身份证号算出' }).waitFor()
      await form.locator('.nut-button', { hasText: '下一步' }).tap()
      await form.getByText('请选择政治面貌').waitFor()
      await shots.take(page, 'personal-with-errors')
      await choose(page, 'politicalStatus', '群众')
      await choose(page, 'maritalStatus', '已婚')
      await choose(page, 'healthStatus', '良好')
      await choose(page, 'hukouType', '非农业')
      await fill(page, 'address', '演示省青石区松林路8号')

      // Killing the page loses nothing typed.
      await page.reload()
      await form.getByText('第1步（共8步）：个人信息').waitFor()
      expect(await form.locator('.field--address input').inputValue()).toBe('演示省青石区松林路8号')
      await nextStep(page, '工作情况')

      await choose(page, 'workStatus', '下（待）岗')
      await fill(page, 'workStart', '2000-07')
      await choose(page, 'industry', '机电系统')
      await choose(page, 'medicalInsurance', '职工医保')
      await fill(page, 'monthlyIncome', '700')
      await nextStep(page, '家庭成员')

      await form.locator('.nut-button', { hasText: '＋ 添加家庭成员' }).tap()
      await fill(page, 'members-0-name', '赵春梅')
      await choose(page, 'members-0-relationship', '妻子')
      await fill(page, 'members-0-idNumber', SPOUSE_ID)
      await form.locator('.field__derived', { hasText: '女 · 1978-02-03 出生' }).waitFor()
      await fill(page, 'members-0-monthlyIncome', '300')
      await choose(page, 'members-0-healthStatus', '糖尿病')
      await choose(page, 'members-0-medicalInsurance', '居民医保')
      await choose(page, 'members-0-maritalStatus', '已婚')
      await choose(page, 'members-0-hukouType', '非农业')
      await choose(page, 'members-0-identity', '失（无）业')
      await shots.take(page, 'household-member')
      await nextStep(page, '收入与财产')

      await fill(page, 'otherAnnualIncome', '0')
      await choose(page, 'housingType', '租房')
      await fill(page, 'declaration-ownWagesHalfYear', '4200')
      await fill(page, 'declaration-householdWagesHalfYear', '6000')
      await fill(page, 'declaration-ownNonWageIncomeYear', '0')
      await fill(page, 'declaration-householdNonWageIncomeYear', '0')
      await fill(page, 'declaration-householdIncomeHalfYear', '6000')
      await choose(page, 'declaration-receivesDibao', '否')
      await fill(page, 'declaration-ownedHomes', '0')
      await fill(page, 'declaration-medicalExpense', '8000')
      await nextStep(page, '困难情况')

      await choose(page, 'hardshipCategory', '低保边缘户')
      await choose(page, 'filingCriterion', '连续6个月低于低保标准')
      await choose(page, 'mainCause', '下岗失业')
      await nextStep(page, '银行账户')
      await fill(page, 'bankName', '中国工商银行')
      await fill(page, 'bankBranch', '青石支行')
      await fill(page, 'bankCardNumber', '6222021234567890123')
      await nextStep(page, '证明材料')

      await form.locator('.nut-button', { hasText: '下一步' }).tap()
      await form.getByText(/请上传身份证照片/).waitFor()
      const photos = await Promise.all([1, 2].map(phonePhoto))
      // The household register as an Android phone keeps it: HEIC, which the browser cannot decode, so it goes as it is.
      const heic = readFileSync(path.join(__dirname, '../fixtures/phone-photo-gps.heic'))
      expect(Math.min(...photos.map((p) => p.length))).toBeGreaterThan(1_000_000)
      const picked = Date.now()
      await addPapers(page, 'id-card', photos.slice(0, 2))
      // Chosen → shown: decoded, scaled and re-encoded on the phone, and kept, two photos of 12 MP.
      const compressMs = Date.now() - picked
      await addPapers(page, 'household-register', [heic], 'image/heic')
      await form.locator('.paper__photo--done').nth(2).waitFor({ timeout: 30_000 })
      await shots.take(page, 'papers-uploaded', { fullPage: true })
      expect(uploads).toHaveLength(3)
      // Compressed on the phone: 12 MP in, at most 1280 px on the long edge and 300 KB out.
      for (const body of uploads.slice(0, 2)) {
        const { width = 0, height = 0, format } = await sharp(body).metadata()
        expect({ format, longEdge: Math.max(width, height) }).toEqual({ format: 'jpeg', longEdge: 1280 })
        expect(body.length).toBeLessThanOrEqual(300 * 1024)
      }
      expect(uploads[2]?.equals(heic)).toBe(true)
      console.info(`e2e journey: two 12 MP photos compressed and kept on the phone in ${compressMs} ms`)
      console.info(
        `e2e journey: photos leave the phone at ${uploads.map((b) => Math.round(b.length / 1024)).join(', ')} KB (from ${photos.map((p) => Math.round(p.length / 1024)).join(', ')} KB)`,
      )
      await nextStep(page, '授权与提交')

      await form.getByText('我已阅读并同意以上授权和声明').tap()
      await form.getByText(/初步符合：第1条标准/).waitFor()
      await shots.take(page, 'consent-and-assessment')
      // A double tap is one intent: one request id, one application.
      await form.locator('.nut-button', { hasText: '提交申请' }).dblclick()
      const status = taroPage(page, '/packages/apply/status/index')
      await status.locator('.my-app__status', { hasText: '已提交，待受理' }).waitFor()
      await shots.take(page, 'submitted')
      expect(await status.locator('.my-app').count()).toBe(1)

      const staff = await host.signIn('staff-u01')
      const list = await host.call<{ items: { applicantName: string; householdSize: number }[] }>('application', 'list', { token: staff, data: {} })
      expect(list.body.items).toEqual([expect.objectContaining({ applicantName: '李大勇', householdSize: 2 })])
      expect(uploads).toHaveLength(3)
      const applied = Date.now()

      // The grassroots union investigates, evaluates and publicises (the notice board went up 30 days ago).
      await signInAs(owner.page, host.url, '孙建平（staff-u01）')
      const detail = await openCase(owner.page, '李大勇')
      // The whole form, masked until 查看 (audited), and the papers through short-lived links, loaded.
      const papers = detail.locator('.papers-view__image img')
      await papers.nth(2).waitFor()
      await owner.page.waitForFunction(
        () => Array.from(document.querySelectorAll<HTMLImageElement>('.papers-view__image img')).filter((img) => img.naturalWidth > 0).length === 3,
      )
      const idRow = detail.locator('.form-view__row--form-idNumber')
      expect(await idRow.innerText()).not.toContain(APPLICANT_ID)
      await idRow.getByText('查看').tap()
      await idRow.getByText(APPLICANT_ID).waitFor()
      await detail.locator('.form-view__row--form-members-0-healthStatus', { hasText: '糖尿病' }).waitFor()
      await showing(owner.page, detail.locator('.papers-view'))
      await shots.take(owner.page, 'staff-form-and-papers')
      await acceptCase(detail)
      await recordInvestigation(detail, {
        visitDate: daysAgo(30),
        investigators: ['孙建平', '何丽娟'],
        findings: '入户核实：夫妻二人，妻子患糖尿病，收入与申报一致。',
      })
      await shots.take(owner.page, 'staff-investigated')
      await recordEvaluation(detail, { meetingDate: daysAgo(30), attendance: '11', agree: true, minutesPhoto: await phonePhoto(9) })
      // The minutes photo is kept with the evaluation and shown through its short-lived link.
      await detail.locator('.case-records__photo img').waitFor()
      await startPublicity(detail, daysAgo(30))
      await host.moveClock({ advanceDays: 30 })
      await endPublicity(detail)
      await shots.take(owner.page, 'staff-publicity-ended')

      // The county approves and files, with a helper of its own.
      await signInAs(county.page, host.url, '吴海峰（staff-d130306）')
      const countyDetail = await openCase(county.page, '李大勇')
      await approveCase(countyDetail)
      const fileNumber = await fileCase(countyDetail, { fileLevel: '县(区)级', fileType: '城镇困难职工', helper: '林国栋（青石区总工会）' })
      await showing(county.page, countyDetail.locator('.step-result'))
      await shots.take(county.page, 'county-filed')
      // From the file, the helpers can be paired again (here: the same helper confirmed).
      await countyDetail.locator('.nut-cell', { hasText: '帮扶责任人' }).tap()
      const pairing = taroPage(county.page, '/packages/visits/compliance/index').locator('.compliance__pairing')
      await pairing.getByText(`调整结对：李**家 · ${fileNumber}`).waitFor()
      await pairing.locator('.chip--on', { hasText: '林国栋' }).waitFor()
      await pairing.locator('.nut-button', { hasText: '确认结对' }).tap()
      await pairing.waitFor({ state: 'detached' })

      // The employee sees the file: number, category, level and helper.
      await page.goto(`${host.url}#/packages/apply/status/index`)
      const filed = taroPage(page, '/packages/apply/status/index')
      await filed.getByText(`档案编号：${fileNumber}`).waitFor()
      await filed.getByText(/帮扶责任人：林国栋/).waitFor()
      await filed.locator('.my-app__status', { hasText: '已建档' }).waitFor()
      const card = filed.locator('.contact-card')
      await card.getByText('困难职工解困脱困联系卡（困难职工存）').waitFor()
      await card.locator('.contact-card__row', { hasText: '帮扶单位' }).getByText('青石区总工会').waitFor()
      await shots.take(page, 'employee-sees-file', { fullPage: true })
      console.info(`e2e journey: apply ${((applied - started) / 1000).toFixed(1)} s, staff steps ${((Date.now() - applied) / 1000).toFixed(1)} s`)
      for (const user of [employee, owner, county]) expect(user.pageErrors).toEqual([])
    }),
  180_000,
)
