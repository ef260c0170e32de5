/**
 * miniprogram-simulate renders through j-component/exparser into a real DOM, so it needs
 * `window`, `document` and the DOM event classes as globals before it is first loaded.
 * The jest config runs tests in the node environment (and jest-environment-jsdom is not
 * installed), so this installs a jsdom window's globals into the current test file's
 * sandbox only. Nothing leaks into other test files: each has its own global object.
 *
 * jsdom is loaded with `jest.requireActual` (typed locally) rather than `import`, because
 * the package ships no types and is a dependency of @tarojs/webpack5-runner, not of ours.
 */

type JsdomWindow = Window & typeof globalThis
type JsdomModule = { JSDOM: new (html: string, options: { pretendToBeVisual: boolean; url: string }) => { window: JsdomWindow } }

/** The DOM names miniprogram-simulate, j-component and exparser use as bare globals. */
const DOM_GLOBALS = [
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'Text',
  'DocumentFragment',
  'Event',
  'CustomEvent',
  'TouchEvent',
  'MouseEvent',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const

let installed: JsdomWindow | null = null

/** Installs the jsdom globals once per test file and returns the window. */
export function installDomGlobals(): JsdomWindow {
  if (installed) return installed
  let jsdom: JsdomModule
  try {
    jsdom = jest.requireActual<JsdomModule>('jsdom')
  } catch (error) {
    throw new Error(`The weapp smoke test needs the jsdom package (installed with @tarojs/webpack5-runner): ${String(error)}`)
  }
  const { window } = new jsdom.JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true, url: 'https://servicewechat.com/' })
  const target = globalThis as unknown as Record<string, unknown>
  const source = window as unknown as Record<string, unknown>
  target.window = window
  for (const name of DOM_GLOBALS) {
    const value = source[name]
    target[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...args: unknown[]) => unknown).bind(window) : value
  }
  installed = window
  return window
}
