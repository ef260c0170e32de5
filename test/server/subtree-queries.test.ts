/**
 * Subtree queries are built in one place (core/subtree.ts `inSubtree`): a
 * range on a path followed by a sort cannot be served by a CloudBase index,
 * and a hand-written array condition could drift from the indexed fields.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { inSubtree, unionIdsOf } from '../../cloudfunctions/core/subtree'

const ROOT = path.resolve(__dirname, '../../cloudfunctions')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return e.name.endsWith('.ts') ? [p] : []
  })
}

describe('subtree queries', () => {
  it('are written only through inSubtree: no feature builds a prefix or array-contains condition itself', () => {
    const offenders = ['features', 'core', 'local-host', 'cloud']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((file) => !file.endsWith(path.join('core', 'subtree.ts')) && !file.includes(path.join('core', 'ports')))
      .filter((file) => /op:\s*'(prefix|has)'/.test(readFileSync(file, 'utf8')))
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([])
  })

  it('turns a union path into its ids, root first, and asks for one of them', () => {
    expect(unionIdsOf('/p13/c1303/d130306/u01/')).toEqual(['p13', 'c1303', 'd130306', 'u01'])
    expect(inSubtree('c1303')).toEqual({ field: 'unionIds', op: 'has', value: 'c1303' })
    expect(inSubtree('c1303', 'helperUnionIds')).toEqual({ field: 'helperUnionIds', op: 'has', value: 'c1303' })
  })
})
