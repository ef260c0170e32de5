/**
 * The helper's side of visits in the browser build: the app's own files
 * served from dist/h5 on disk (on a phone the mini-program's code is on the
 * device; only the API needs a signal), and the visit form driven by its
 * fields (`field__input--<key>`, choices as `.chip` in `.visit-field--<key>`).
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { taroPage } from './browser'
import { REPO_ROOT } from './host'

export const VISIT_ROUTES = {
  households: '/packages/visits/households/index',
  file: '/packages/visits/file/index',
  visits: '/packages/visits/visits/index',
  compliance: '/packages/visits/compliance/index',
} as const

const H5 = path.join(REPO_ROOT, 'dist/h5')

/** Serves the app's files (not /api, not /files) from dist/h5, so the app opens and reloads while the host is down. */
export async function appOnThePhone(context: BrowserContext, hostUrl: string): Promise<void> {
  const origin = new URL(hostUrl).origin
  await context.route(
    (url) => url.origin === origin && !/^\/(api|files|healthz)(\/|$)/.test(url.pathname),
    async (route) => {
      const { pathname } = new URL(route.request().url())
      const file = path.join(H5, pathname === '/' ? 'index.html' : decodeURIComponent(pathname))
      if (file.startsWith(H5) && existsSync(file) && statSync(file).isFile()) await route.fulfill({ path: file })
      else await route.fulfill({ path: path.join(H5, 'index.html') })
    },
  )
}

export const formPage = (page: Page) => taroPage(page, VISIT_ROUTES.file)

export async function fillField(form: Locator, key: string, text: string): Promise<void> {
  await form.locator(`.field__input--${key}`).locator('input, textarea').fill(text)
}

export async function chooseChip(form: Locator, field: string, label: string): Promise<void> {
  await form.locator(`.visit-field--${field} .chip`, { hasText: label }).first().tap()
  await form.locator(`.visit-field--${field} .chip--on`, { hasText: label }).first().waitFor()
}

/** Picks photos through the file chooser, as 拍照或从相册选择 opens it. */
export async function addVisitPhotos(page: Page, photos: Buffer[]): Promise<void> {
  const form = formPage(page)
  const chooser = page.waitForEvent('filechooser')
  await form.locator('.visit-photos__add').tap()
  await (await chooser).setFiles(photos.map((buffer, i) => ({ name: `IMG_visit_${i}.jpg`, mimeType: 'image/jpeg', buffer })))
  await form
    .locator('.visit-photo')
    .nth(photos.length - 1)
    .waitFor()
}
