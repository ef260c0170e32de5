/**
 * Driving the employee's 申请建档 form in the browser build: fields by name
 * (the form's keys: `idNumber`, `declaration-ownedHomes`, `members-0-name`),
 * choices by their Chinese label, photos through the file chooser.
 */
import sharp from 'sharp'
import type { Locator, Page } from 'playwright-core'
import { taroPage } from './browser'

export const APPLY_ROUTE = '/packages/apply/form/index'

export const applyPage = (page: Page) => taroPage(page, APPLY_ROUTE)

const fieldOf = (page: Page, name: string): Locator => applyPage(page).locator(`.field--${name}`)

export async function fill(page: Page, name: string, text: string): Promise<void> {
  await fieldOf(page, name).locator('input').fill(text)
}

/** Taps the option; a long list is opened first by its 选择 row. */
export async function choose(page: Page, name: string, label: string): Promise<void> {
  const field = fieldOf(page, name)
  const option = field.locator('.chip', { hasText: label }).first()
  if (!(await option.isVisible())) await field.locator('.picker-row').tap()
  await option.tap()
}

export async function nextStep(page: Page, title: string): Promise<void> {
  await applyPage(page).locator('.nut-button', { hasText: '下一步' }).tap()
  await applyPage(page)
    .getByText(new RegExp(`第\\d步（共8步）：${title}`))
    .waitFor()
}

/** A photo as a phone takes it: 12 MP of noise-like detail, so it compresses like a real one. */
export async function phonePhoto(seed: number): Promise<Buffer> {
  const width = 4000
  const height = 3000
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7 + seed * 13 + ((i / 3000) | 0)) % 251
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** Picks photos for one paper type through the browser's file chooser, as 拍照或从相册选择 opens it. */
export async function addPapers(page: Page, type: string, photos: Buffer[], mimeType = 'image/jpeg'): Promise<void> {
  const card = applyPage(page).locator(`.paper--${type}`)
  const chooser = page.waitForEvent('filechooser')
  await card.locator('.nut-button', { hasText: '拍照或从相册选择' }).tap()
  await (await chooser).setFiles(photos.map((buffer, i) => ({ name: `IMG_${type}_${i}.${mimeType.split('/')[1]}`, mimeType, buffer })))
  await card
    .locator('.paper__photo')
    .nth(photos.length - 1)
    .waitFor()
}
