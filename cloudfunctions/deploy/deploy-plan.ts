/**
 * What a CloudBase environment must hold for bangfu, read from the files that
 * already say it: the collections and their indexes (core/collections.ts), the
 * deny-all database rules and the storage rule (config/database-rules.json),
 * and each function's runtime, timeout, memory and timer triggers
 * (functions/<name>/config.json). deploy:setup makes the environment match.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../core/collections'
import { FUNCTIONS } from '../features/registry'

const ROOT = path.resolve(__dirname, '../..')

export type IndexSpec = { name: string; fields: string[] }
export type Rule = { read: boolean | string; write: boolean | string }
export type Trigger = { name: string; type: 'timer'; config: string }
export type FunctionSpec = { name: string; runtime: string; timeout: number; memorySize: number; triggers: Trigger[] }

export type DeployPlan = {
  collections: { name: string; indexes: IndexSpec[]; rule: Rule }[]
  storageRule: Rule
  functions: FunctionSpec[]
  /** Built function folders (npm run build:functions), uploaded when a function is created. */
  codeRoot: string
}

/**
 * Every index ends with `_id`, as the SQLite adapter's do (core/collections-table.ts):
 * pages are ordered by (key, _id). Dots of nested fields become `_` in the name.
 */
export function indexOf(fields: readonly string[]): IndexSpec {
  const all = [...fields, '_id']
  return { name: `idx_${all.join('_').replace(/\./g, '_')}`, fields: all }
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>

export function deployPlan(): DeployPlan {
  const rules = readJson('config/database-rules.json') as { database: Record<string, Rule>; storage: Rule }
  const collections = Object.entries(COLLECTIONS).map(([name, spec]) => {
    const rule = rules.database[name]
    if (!rule) throw new Error(`config/database-rules.json has no rule for collection ${name}`)
    return { name, indexes: spec.indexes.map(indexOf), rule }
  })
  const functions = Object.keys(FUNCTIONS)
    .sort()
    .map((name): FunctionSpec => {
      const config = readJson(`cloudfunctions/functions/${name}/config.json`) as Omit<FunctionSpec, 'name'>
      return { name, runtime: config.runtime, timeout: config.timeout, memorySize: config.memorySize, triggers: config.triggers ?? [] }
    })
  return { collections, storageRule: rules.storage, functions, codeRoot: path.join(ROOT, 'dist/cloudfunctions') }
}
