/** src/domain is shared as source by the mini-program and the functions: it may import only itself, zod and dayjs. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const DOMAIN = path.resolve(__dirname, '../../src/domain')
const ALLOWED_PACKAGES = new Set(['zod', 'dayjs'])

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

describe('src/domain boundary', () => {
  const sources = files(DOMAIN).filter((f) => f.endsWith('.ts'))

  it('has sources to check', () => expect(sources.length).toBeGreaterThan(3))

  it.each(sources.map((f) => [path.relative(DOMAIN, f), f]))('%s imports nothing platform-specific', (_name, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    )
    for (const spec of specifiers) {
      if (spec.startsWith('.')) expect(path.resolve(path.dirname(file), spec).startsWith(DOMAIN)).toBe(true)
      else expect(ALLOWED_PACKAGES.has(spec)).toBe(true)
    }
  })
})
