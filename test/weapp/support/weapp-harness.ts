/**
 * Runs a page of the compiled WeChat build (dist/weapp) inside miniprogram-simulate.
 *
 * How it works (this depends on Taro 4 internals; see TOOLCHAIN.md "miniprogram-simulate"):
 *
 * 1. Taro compiles every page to a tiny WXML file that imports the shared `base.wxml`
 *    templates and renders the page's data tree (`root.cn`); the page JS calls
 *    `Page(createPageConfig(...))`, and React renders into Taro's own virtual document,
 *    which pushes the result to the page with `this.setData({ 'root.cn.[0]': ... })`.
 * 2. We compile the page WXML, `base.wxml`, `comp.wxml` and `utils.wxs` with WeChat's own
 *    `wcc` binary (from miniprogram-compiler, exactly what miniprogram-simulate does with
 *    its "official" compiler) and register a *harness* custom component whose template is
 *    the page's WXML. `comp` (Taro's recursive component for very deep trees) is registered
 *    too, from its WXML and the options `comp.js` hands to `Component()`.
 * 3. We evaluate `app.js` (which requires common/vendors/taro/runtime) and the page JS in this
 *    test's global scope with stub `App()`, `Page()`, `Component()`, `getApp()` and
 *    `getCurrentPages()`, and a fresh `wx` object: miniprogram-simulate's API mocks plus
 *    recording stubs for navigation and tab-bar calls and the caller's `wx.cloud`.
 *    Every mount evaluates the bundle afresh, so Taro's and React's module state never
 *    carries over between mounts.
 * 4. The page "instance" is an object built from the `Page()` options whose `setData` is
 *    forwarded to the harness component; the harness's `eh` method (the event handler
 *    every Taro template binds) is forwarded to the page's `eh`. So a tap dispatched on a
 *    rendered node goes WXML → Taro event → React handler → setData → WXML, as on a phone.
 * 5. Lifecycles run in WeChat's order: App onLaunch/onShow, Page onLoad/onShow/onReady.
 *    `onLoad` gets exactly one argument: Taro reads a second one as a prerender callback.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { installDomGlobals } from './dom-globals'

export const WEAPP_DIST = path.resolve(__dirname, '../../../dist/weapp')

/** A node in the rendered tree, as miniprogram-simulate (j-component) exposes it. */
export interface SimNode {
  readonly dom: HTMLElement
  readonly data: Record<string, unknown>
  setData(data: Record<string, unknown>, callback?: () => void): void
  dispatchEvent(eventName: string, options?: { detail?: unknown }): void
  querySelector(selector: string): SimNode | undefined
  querySelectorAll(selector: string): SimNode[]
}
interface SimRoot extends SimNode {
  attach(parent: Element): void
  detach(): void
}
interface Simulate {
  load(definition: Record<string, unknown>): string
  render(id: string, properties?: Record<string, unknown>): SimRoot
}
interface Compiler {
  wxmlToJs(rootPath: string, options: { wxmlList: string[]; wxsList: string[] }): string
}

/** The subset of `wx.cloud` the app uses; a real one resolves callFunction with `{ result }`. */
export interface WxCloud {
  init(options?: Record<string, unknown>): void
  callFunction(options: { name: string; data?: unknown }): Promise<{ result: unknown; errMsg: string; requestID?: string }>
}

/** A recorded call of a stubbed wx API. */
export type WxCall = { api: string; options: Record<string, unknown> }

export type MountOptions = {
  /** A page path as in app.json, e.g. 'pages/index/index'. */
  page: string
  cloud: WxCloud
  query?: Record<string, string>
  distDir?: string
}

export type MountedPage = {
  /** The harness component; its DOM is the page as rendered by WeChat's templates. */
  view: SimNode
  /** The page's visible text, whitespace collapsed. */
  text(): string
  /** The text of each innermost rendered element (a line of the page), in document order. */
  lines(): string[]
  /** Calls of the stubbed wx navigation and tab-bar APIs, in order. */
  wxCalls: WxCall[]
  /** Waits until `check` holds (or throws the last failure after `timeoutMs`). */
  waitFor(check: () => void, timeoutMs?: number): Promise<void>
  /** Dispatches a tap on the innermost rendered element that shows exactly `text`. */
  tapText(text: string): void
  /** Unloads the page and restores the globals the mount replaced. */
  unmount(): Promise<void>
}

/** wx APIs recorded and answered with success, so tests can assert what the page asked for. */
const RECORDED_APIS = [
  'navigateTo',
  'redirectTo',
  'switchTab',
  'reLaunch',
  'navigateBack',
  'setTabBarBadge',
  'removeTabBarBadge',
  'showTabBarRedDot',
  'hideTabBarRedDot',
  'showToast',
  'showModal',
  'showLoading',
  'hideLoading',
] as const

/** Globals the stub mini-program runtime defines while a page is mounted. */
const RUNTIME_GLOBALS = ['wx', 'App', 'Page', 'Component', 'getApp', 'getCurrentPages', 'requirePlugin'] as const

type AnyFn = (this: unknown, ...args: unknown[]) => unknown
type Options = Record<string, unknown>

let simulate: Simulate | null = null
let simulateWx: Options = {}
const templateCache = new Map<string, (path: string) => unknown>()

function loadSimulate(): Simulate {
  if (simulate) return simulate
  installDomGlobals()
  simulate = jest.requireActual<Simulate>('miniprogram-simulate')
  // miniprogram-simulate installs its API mocks (getSystemInfoSync, storage, …) as global `wx`.
  simulateWx = { ...((globalThis as unknown as { wx?: Options }).wx ?? {}) }
  return simulate
}

export function assertWeappBuilt(distDir = WEAPP_DIST): void {
  if (!existsSync(path.join(distDir, 'app.json')) || !existsSync(path.join(distDir, 'app.js'))) {
    throw new Error(`No WeChat build in ${distDir}. Run \`npx taro build --type weapp\` (or \`npm run build\`) before these tests.`)
  }
}

/** Compiles the WXML the page needs with WeChat's wcc and returns `$gwx` (path → render function). */
function compileTemplates(distDir: string, pageWxml: string): (path: string) => unknown {
  const key = `${distDir}|${pageWxml}`
  const cached = templateCache.get(key)
  if (cached) return cached
  const compiler = jest.requireActual<Compiler>('miniprogram-compiler')
  ;(window as unknown as Options).__webview_engine_version__ = 0.02
  const code = compiler.wxmlToJs(distDir, { wxmlList: [pageWxml, 'base.wxml', 'comp.wxml'], wxsList: ['utils.wxs'] })
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating wcc output is how miniprogram-simulate uses it too
  const compiled = new Function(code) as () => (path: string) => unknown
  const gwx = compiled()
  templateCache.set(key, gwx)
  return gwx
}

/**
 * Evaluates the bundle's CommonJS-style files (`require("./common")`) in this test's global
 * scope, so they see the stub `wx`, `App()` and `Page()` defined below. Each loader has its
 * own module cache.
 */
function makeLoader(distDir: string): (file: string) => unknown {
  const cache = new Map<string, { exports: unknown }>()
  const load = (file: string): unknown => {
    const full = path.resolve(distDir, file.endsWith('.js') ? file : `${file}.js`)
    const hit = cache.get(full)
    if (hit) return hit.exports
    const module = { exports: {} as unknown }
    cache.set(full, module)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the compiled mini-program bundle is plain script text
    const run = new Function('require', 'module', 'exports', readFileSync(full, 'utf8')) as (r: unknown, m: unknown, e: unknown) => void
    run((request: string) => load(path.join(path.dirname(path.relative(distDir, full)), request)), module, module.exports)
    return module.exports
  }
  return load
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/** Text of a DOM subtree: exparser renders `<text>` and text nodes into ordinary DOM text. */
function visibleText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Taro writes array indices as `root.cn.[0]`; WeChat accepts it, exparser wants `root.cn[0]`. */
function normalizeDataPaths(data: Options): Options {
  const out: Options = {}
  for (const [key, value] of Object.entries(data)) out[key.replace(/\.\[/g, '[')] = value
  return out
}

/** Rendered elements without element children: each shows one piece of text (or none). */
function leafElements(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((e) => e.childElementCount === 0)
}

export async function mountPage(options: MountOptions): Promise<MountedPage> {
  const distDir = options.distDir ?? WEAPP_DIST
  assertWeappBuilt(distDir)
  const sim = loadSimulate()
  const g = globalThis as unknown as Options
  const saved = new Map(RUNTIME_GLOBALS.map((name) => [name, g[name]] as const))

  // --- the stub mini-program runtime -------------------------------------------------
  const wxCalls: WxCall[] = []
  const wx: Options = { ...simulateWx, cloud: options.cloud }
  for (const api of RECORDED_APIS) {
    wx[api] = (opts: Options = {}) => {
      const { success, complete, fail: _fail, ...rest } = opts
      wxCalls.push({ api, options: rest })
      const res = { errMsg: `${api}:ok` }
      if (typeof success === 'function') (success as AnyFn)(res)
      if (typeof complete === 'function') (complete as AnyFn)(res)
    }
  }
  let appOptions: Options | null = null
  let pageOptions: Options | null = null
  let componentOptions: Options | null = null
  const pages: Options[] = []
  g.wx = wx
  g.App = (o: Options) => void (appOptions = o)
  g.Page = (o: Options) => void (pageOptions = o)
  g.Component = (o: Options) => void (componentOptions = o)
  g.getApp = () => appOptions
  g.getCurrentPages = () => pages
  g.requirePlugin = () => ({})
  const restoreGlobals = () => saved.forEach((value, name) => (value === undefined ? delete g[name] : (g[name] = value)))

  try {
    const load = makeLoader(distDir)
    load('app.js')
    const app = appOptions as Options | null
    if (!app) throw new Error('dist/weapp/app.js did not call App()')
    const launch = { path: options.page, query: options.query ?? {}, scene: 1001 }
    ;(app.onLaunch as AnyFn).call(app, launch)
    ;(app.onShow as AnyFn | undefined)?.call(app, launch)

    load(`${options.page}.js`)
    const pageConfig = pageOptions as Options | null
    if (!pageConfig) throw new Error(`dist/weapp/${options.page}.js did not call Page()`)

    // --- templates and components ----------------------------------------------------
    const gwx = compileTemplates(distDir, `${options.page}.wxml`)
    const pageJson = readJson<{ usingComponents?: Record<string, string> }>(path.join(distDir, `${options.page}.json`))
    const usingComponents: Record<string, string> = {}
    if (pageJson.usingComponents?.comp) {
      load('comp.js')
      const compConfig = componentOptions as Options | null
      if (!compConfig) throw new Error('dist/weapp/comp.js did not call Component()')
      const compId = `taro-comp-${Math.random().toString(36).slice(2)}`
      sim.load({ ...compConfig, id: compId, tagName: 'comp', template: gwx('comp.wxml'), usingComponents: { comp: compId } })
      usingComponents.comp = compId
    }

    let page: Options | null = null
    const harnessId = sim.load({
      tagName: 'taro-page',
      template: gwx(`${options.page}.wxml`),
      usingComponents,
      data: structuredClone(pageConfig.data ?? { root: { cn: [] } }),
      methods: {
        eh(event: unknown) {
          return (pageConfig.eh as AnyFn).call(page, event)
        },
      },
    })
    const view = sim.render(harnessId)
    const host = document.createElement('div')
    document.body.appendChild(host)
    view.attach(host)

    // --- the page instance WeChat would create ----------------------------------------
    const instance: Options = {
      ...pageConfig,
      data: structuredClone(pageConfig.data ?? {}),
      route: options.page,
      __route__: options.page,
      options: options.query ?? {},
      setData(data: Options, callback?: () => void) {
        view.setData(normalizeDataPaths(data))
        if (typeof callback === 'function') void Promise.resolve().then(callback)
      },
    }
    page = instance
    pages.push(instance)
    ;(instance.onLoad as AnyFn).call(instance, options.query ?? {})
    ;(instance.onShow as AnyFn).call(instance)
    ;(instance.onReady as AnyFn).call(instance)

    const mounted: MountedPage = {
      view,
      wxCalls,
      text: () => visibleText(view.dom),
      lines: () => leafElements(view.dom).map(visibleText).filter(Boolean),
      async waitFor(check, timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs
        for (;;) {
          try {
            check()
            return
          } catch (error) {
            if (Date.now() > deadline) throw error
          }
          await new Promise((resolve) => setTimeout(resolve, 10))
        }
      },
      tapText(text) {
        // The innermost rendered element showing exactly `text`; Taro's templates write each
        // node's id into `data-sid`, and exparser finds the same node by `#id`. The tap then
        // bubbles, as a finger's would, to the nearest node that binds it.
        const element = leafElements(view.dom).find((e) => visibleText(e) === text)
        const sid = element?.getAttribute('data-sid')
        const node = sid ? view.querySelector(`#${sid}`) : undefined
        if (!node) throw new Error(`No rendered element shows "${text}". Page lines: ${JSON.stringify(mounted.lines())}`)
        node.dispatchEvent('tap', { detail: { x: 0, y: 0 } })
      },
      async unmount() {
        try {
          ;(instance.onHide as AnyFn | undefined)?.call(instance)
          ;(instance.onUnload as AnyFn | undefined)?.call(instance)
          // Let React finish unmounting (it schedules work) before the globals go away.
          await new Promise((resolve) => setTimeout(resolve, 50))
        } finally {
          view.detach()
          host.remove()
          restoreGlobals()
        }
      },
    }
    return mounted
  } catch (error) {
    restoreGlobals()
    throw error
  }
}
