/**
 * Union staff working a case in the browser build, step by step, as a user
 * taps it: sign in, open the case from 建档申请, tap the step's button, fill
 * its form, confirm, wait for the reloaded detail. For journey tests:
 *
 *   await signInAs(staff.page, host.url, '孙建平（staff-u01）')
 *   const detail = await openCase(staff.page, '李大勇')
 *   await acceptCase(detail)
 *   await recordInvestigation(detail, { visitDate: daysAgo(1), investigators: ['孙建平', '何丽娟'], findings: '…' })
 *
 * Field inputs carry `field__input--<path>` (rows and months as `key-<i>`),
 * choices are `.chip`s inside `.step-field--<key>`.
 */
import type { Locator, Page } from 'playwright-core'
import type { StaffStep } from '../../../src/api/application'
import { TRANSITIONS } from '../../../src/domain/application/application-machine'
import { taroPage } from './browser'

export const STAFF_ROUTES = {
  signIn: '/packages/account/sign-in/index',
  home: '/pages/index/index',
  cases: '/packages/cases/list/index',
  detail: '/packages/cases/detail/index',
} as const

/** A date `n` days before today in China (UTC+8), as the forms and the server read dates. */
export function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10)
}

export async function signInAs(page: Page, hostUrl: string, label: string): Promise<void> {
  await page.goto(`${hostUrl}#${STAFF_ROUTES.signIn}`)
  await taroPage(page, STAFF_ROUTES.signIn).getByText(label).tap()
  await taroPage(page, STAFF_ROUTES.home).getByText('您好').waitFor()
}

/** From the home page through 建档申请 to the case of `applicantName`; returns the detail page. */
export async function openCase(page: Page, applicantName: string): Promise<Locator> {
  await taroPage(page, STAFF_ROUTES.home).getByText('建档申请').tap()
  await taroPage(page, STAFF_ROUTES.cases).locator('.case', { hasText: applicantName }).first().tap()
  const detail = taroPage(page, STAFF_ROUTES.detail)
  await detail.getByText(/系统评估：/).waitFor()
  return detail
}

export const stepForm = (detail: Locator) => detail.locator('.step-form')

/** Waits for the 已办理 toast to go (so a screenshot shows the page) and scrolls `target` into view. */
export async function showing(page: Page, target?: Locator): Promise<void> {
  // Taro's toast wrapper has no size of its own (its children are fixed), so wait on its display, not its visibility.
  await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('.taro__toast')).every((el) => el.style.display === 'none'), null, {
    timeout: 5_000,
  })
  if (target) await target.scrollIntoViewIfNeeded()
}

/** The step's button (labelled as in the transition table). */
export const stepButton = (detail: Locator, step: StaffStep) => detail.locator(`.step-actions__button--${step}`)

/** Taps the step's button and waits for its form. */
export async function openStep(detail: Locator, step: StaffStep): Promise<Locator> {
  await stepButton(detail, step).tap()
  const form = detail.locator(`.step-form--${step}`)
  await form.locator('.step-form__title', { hasText: TRANSITIONS[step].label }).waitFor()
  return form
}

/** Types into a text input or textarea of the open form. */
export async function fill(form: Locator, path: string, value: string): Promise<void> {
  await form
    .locator(`.field__input--${path.replace(/\./g, '-')}`)
    .locator('input, textarea')
    .fill(value)
}

export async function choose(form: Locator, key: string, label: string): Promise<void> {
  const field = form.locator(`.step-field--${key.replace(/\./g, '-')}`)
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  await field.locator('.chip', { hasText: exact }).tap()
  await field.locator('.chip--on', { hasText: exact }).waitFor()
}

/** Confirms the open form and waits until the form is gone and the detail shows `status`. */
export async function confirm(detail: Locator, step: StaffStep, status: string): Promise<void> {
  await stepForm(detail)
    .locator('.nut-button', { hasText: `确认${TRANSITIONS[step].label}` })
    .tap()
  await stepForm(detail).waitFor({ state: 'detached' })
  await detail.locator('.nut-cell', { hasText: '状态' }).getByText(status).waitFor()
}

export async function acceptCase(detail: Locator): Promise<void> {
  await openStep(detail, 'accept')
  await confirm(detail, 'accept', '入户调查中')
}

export type Investigation = { visitDate: string; investigators: string[]; findings: string; monthlyIncome?: string[]; householdSize?: string }

export async function recordInvestigation(detail: Locator, v: Investigation): Promise<void> {
  const form = await openStep(detail, 'recordInvestigation')
  await fill(form, 'visitDate', v.visitDate)
  for (const [i, name] of v.investigators.entries()) {
    if (i >= 2) await form.locator('.step-row__add', { hasText: '添加调查人员' }).tap()
    await fill(form, `investigators.${i}`, name)
  }
  await fill(form, 'findings', v.findings)
  for (const [i, amount] of (v.monthlyIncome ?? []).entries()) await fill(form, `verifiedMonthlyIncome.${i}`, amount)
  if (v.householdSize) await fill(form, 'verifiedHouseholdSize', v.householdSize)
  await confirm(detail, 'recordInvestigation', '待民主评议')
}

export type Evaluation = { meetingDate: string; attendance: string; agree: boolean; remarks?: string; minutesPhoto?: Buffer }

export async function recordEvaluation(detail: Locator, v: Evaluation): Promise<void> {
  const form = await openStep(detail, 'recordEvaluation')
  await fill(form, 'meetingDate', v.meetingDate)
  await fill(form, 'attendance', v.attendance)
  await choose(form, 'result', v.agree ? '同意建档' : '不同意建档')
  if (v.remarks) await fill(form, 'remarks', v.remarks)
  if (v.minutesPhoto) {
    const photo = form.locator('.step-field--minutesUploadId')
    const chooser = detail.page().waitForEvent('filechooser')
    await photo.locator('.nut-button', { hasText: '拍照或从相册选择' }).tap()
    await (await chooser).setFiles({ name: 'minutes.jpg', mimeType: 'image/jpeg', buffer: v.minutesPhoto })
    await photo.getByText('已上传').waitFor()
  }
  await confirm(detail, 'recordEvaluation', '已评议，待公示')
}

/** Starts publicity; returns the period the server computed ("YYYY-MM-DD 至 YYYY-MM-DD"). */
export async function startPublicity(detail: Locator, startDate: string): Promise<string> {
  const form = await openStep(detail, 'startPublicity')
  await fill(form, 'startDate', startDate)
  await confirm(detail, 'startPublicity', '公示中')
  const line = await detail.locator('.step-result__line', { hasText: '公示期：' }).innerText()
  return /公示期：(\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? line
}

export async function endPublicity(detail: Locator, v: { objections?: string[]; remarks?: string } = {}): Promise<void> {
  const form = await openStep(detail, 'endPublicity')
  for (const [i, objection] of (v.objections ?? []).entries()) {
    await form.locator('.step-row__add', { hasText: '添加一条异议' }).tap()
    await fill(form, `objections.${i}`, objection)
  }
  if (v.remarks) await fill(form, 'remarks', v.remarks)
  await confirm(detail, 'endPublicity', '待审批')
}

export async function approveCase(detail: Locator, remarks?: string): Promise<void> {
  const form = await openStep(detail, 'approve')
  if (remarks) await fill(form, 'remarks', remarks)
  await confirm(detail, 'approve', '已审批，待建档')
}

/** The 解困脱困对象 section, by the labels the union's lists show. */
export type Targeting = { isTarget: boolean; decidedOn: string; keyGroups?: string[]; measures?: string[]; actionPlans?: string[] }

export type Filing = {
  fileLevel: string
  fileType: string
  helper: string
  category?: string
  overrideReason?: string
  /** By its short label; the engine's criterion is preselected. */
  criterion?: string
  targeting?: Targeting
}

const NATIONAL_TARGETING: Targeting = {
  isTarget: true,
  decidedOn: daysAgo(0),
  keyGroups: ['支出性生活困难'],
  measures: ['纳入大病保险和医疗互助保险保障'],
  actionPlans: ['职工医疗互助计划', '一帮一结对计划'],
}

async function decideTargeting(form: Locator, t: Targeting): Promise<void> {
  await choose(form, 'targeting.isTarget', t.isTarget ? '是' : '否')
  await fill(form, 'targeting.decidedOn', t.decidedOn)
  for (const [key, labels] of [
    ['keyGroups', t.keyGroups],
    ['measures', t.measures],
    ['actionPlans', t.actionPlans],
  ] as const)
    for (const label of labels ?? []) await choose(form, `targeting.${key}`, label)
}

/** Files the case; returns the 档案编号 the detail shows. */
export async function fileCase(detail: Locator, v: Filing): Promise<string> {
  const form = await openStep(detail, 'file')
  await choose(form, 'fileLevel', v.fileLevel)
  if (v.category) await choose(form, 'category', v.category)
  if (v.overrideReason) await fill(form, 'overrideReason', v.overrideReason)
  if (v.criterion) await choose(form, 'filingCriterion', v.criterion)
  await choose(form, 'fileType', v.fileType)
  await choose(form, 'helperId', v.helper)
  await decideTargeting(form, v.targeting ?? NATIONAL_TARGETING)
  await confirm(detail, 'file', '已建档')
  const cell = detail.locator('.nut-cell', { hasText: '档案编号' })
  await cell.waitFor()
  return (await cell.innerText()).replace('档案编号', '').trim()
}
