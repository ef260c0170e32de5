/**
 * Old phones: WeChat uploads dist/weapp as it is (project.config.json sets
 * `es6: false`, so the developer tools do not transpile it), and the JS
 * engines of older WeChat clients (iOS below 13.4, older Android WebViews)
 * do not parse ES2020 (optional chaining `?.`, `??`, `??=`) or later syntax.
 * Every JavaScript file of the build must parse as ES2015, the level this
 * project supports (README: 基础库 and phones). Needs `npm run build:weapp`.
 */
import { parse } from 'acorn'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { assertWeappBuilt } from './support/weapp-harness'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const ECMA_VERSION = 2015

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? jsFiles(file) : entry.name.endsWith('.js') ? [file] : []
  })
}

/** The first construct newer than ES2015 in a file, with a little of the code around it, or null. */
function newerSyntax(file: string): string | null {
  const code = readFileSync(file, 'utf8')
  try {
    parse(code, { ecmaVersion: ECMA_VERSION, sourceType: 'script' })
    return null
  } catch (error) {
    const { pos, message } = error as SyntaxError & { pos: number }
    return `${path.relative(DIST, file)}: ${message} near ${JSON.stringify(code.slice(Math.max(0, pos - 50), pos + 30))}`
  }
}

describe('the weapp build runs on old phones', () => {
  beforeAll(() => assertWeappBuilt())

  it(`parses every JavaScript file as ES${ECMA_VERSION}`, () => {
    const files = jsFiles(DIST)
    expect(files.length).toBeGreaterThan(10)
    expect(files.map(newerSyntax).filter(Boolean)).toEqual([])
  })

  it('the check itself refuses optional chaining, nullish coalescing and logical assignment', () => {
    for (const code of ['a?.b', 'a ?? b', 'a ??= b', 'class A { x = 1 }', 'async function f() {}']) {
      expect(() => parse(code, { ecmaVersion: ECMA_VERSION })).toThrow()
    }
  })
})
