/**
 * The README's deploy step 5 (collections and indexes) as generated from
 * COLLECTIONS, in Chinese and English; test/cloud/functions-build.test.ts
 * checks the README holds exactly these tables. Every index ends with `_id`,
 * as the SQLite adapter's do: pages are ordered by (key, _id).
 */
import { COLLECTIONS, type CollectionSpec } from './collections'

const NONE = { zh: '无（只按 `_id` 读写）', en: 'none (by `_id` only)' }
const HEAD = { zh: '| 集合 | 索引 |', en: '| Collection | Indexes |' }
const SEP = { zh: '；', en: '; ' }

function indexesOf(spec: CollectionSpec, lang: 'zh' | 'en'): string {
  if (spec.indexes.length === 0) return NONE[lang]
  return spec.indexes.map((fields) => `\`${fields.join(' + ')} (+ _id)\``).join(SEP[lang])
}

export function collectionsTable(lang: 'zh' | 'en'): string {
  const rows = Object.entries(COLLECTIONS).map(([name, spec]: [string, CollectionSpec]) => `| \`${name}\` | ${indexesOf(spec, lang)} |`)
  return [HEAD[lang], '|---|---|', ...rows].join('\n')
}
