/**
 * Package-size budget of the WeChat build (dist/weapp, made by `npm run build`).
 *
 * WeChat limits each package to 2 MB; we keep well below that so growth is noticed early:
 * the main package may take at most 600 KB and each subpackage 500 KB.
 *
 * A subpackage is every file under its `root` from app.json; the main package is every
 * other file in dist/weapp. WeChat counts what it uploads, so files that never reach the
 * phone are left out: the `*.LICENSE.txt` comment files webpack's minifier extracts, and
 * source maps (`*.map`, if a build emits any) — the developer tools do not upload either.
 *
 * The figures are printed (for the CI log) and written to test/artifacts/weapp-sizes.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const DIST = path.join(ROOT, 'dist/weapp')
const ARTIFACT = path.join(ROOT, 'test/artifacts/weapp-sizes.json')

const KB = 1024
const MAIN_LIMIT = 600 * KB
const SUBPACKAGE_LIMIT = 500 * KB

type AppJson = { subPackages?: { root: string }[]; subpackages?: { root: string }[]; lazyCodeLoading?: string }
type PackageSize = { name: string; root: string; files: number; bytes: number; limit: number }

/** Files WeChat does not upload (see the header comment). */
const notUploaded = (file: string) => file.endsWith('.LICENSE.txt') || file.endsWith('.map')

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    return entry.isDirectory() ? listFiles(dir, rel) : [rel]
  })
}

function measure(): { app: AppJson; packages: PackageSize[] } {
  if (!existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(`No WeChat build in ${DIST}. Run \`npx taro build --type weapp\` (or \`npm run build\`) before this test.`)
  }
  const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/^\/+|\/+$/g, ''))
  const main: PackageSize = { name: 'main', root: '', files: 0, bytes: 0, limit: MAIN_LIMIT }
  const subs = roots.map((root): PackageSize => ({ name: root, root, files: 0, bytes: 0, limit: SUBPACKAGE_LIMIT }))
  for (const file of listFiles(DIST)) {
    if (notUploaded(file)) continue
    const owner = subs.find((p) => file.startsWith(`${p.root}/`)) ?? main
    owner.files += 1
    owner.bytes += statSync(path.join(DIST, file)).size
  }
  return { app, packages: [main, ...subs] }
}

const kb = (bytes: number) => (bytes / KB).toFixed(1)

describe('weapp package sizes', () => {
  const { app, packages } = measure()

  beforeAll(() => {
    const rows = packages.map((p) => ({
      package: p.name,
      files: p.files,
      bytes: p.bytes,
      KB: kb(p.bytes),
      'limit KB': kb(p.limit),
      used: `${Math.round((p.bytes / p.limit) * 100)}%`,
    }))
    const width = (key: keyof (typeof rows)[number]) => Math.max(key.length, ...rows.map((r) => String(r[key]).length))
    const keys = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[]
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width(keys[i]!)) : c.padStart(width(keys[i]!)))).join('  ')
    console.log(
      ['weapp package sizes (dist/weapp, without *.LICENSE.txt and *.map):', line(keys), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join('\n'),
    )

    mkdirSync(path.dirname(ARTIFACT), { recursive: true })
    const report = { measuredAt: new Date().toISOString(), dist: 'dist/weapp', excluded: ['*.LICENSE.txt', '*.map'], packages }
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`)
  })

  test('every subpackage root in app.json has files in the build', () => {
    const empty = packages.slice(1).filter((p) => p.files === 0)
    expect(empty.map((p) => p.root)).toEqual([])
  })

  test.each(packages.map((p) => [p.name, p] as const))('%s package is within its budget', (_name, p) => {
    if (p.bytes > p.limit) throw new Error(`The ${p.name} package is ${kb(p.bytes)} KB, over its ${kb(p.limit)} KB budget.`)
    expect(p.bytes).toBeLessThanOrEqual(p.limit)
  })

  test("lazyCodeLoading is 'requiredComponents'", () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents')
  })
})
