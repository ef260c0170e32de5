/**
 * A stand-in CloudBase environment at the DeployManager port: it keeps
 * collections, indexes, rules and functions like the environment would,
 * records every call (reads and writes apart), and invokes a "deployed"
 * function by running its built bundle (dist/cloudfunctions/<name>/index.js)
 * in a fresh Node with the environment variables set for it — no OPENID, as
 * the management API's invocation has none.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { FunctionSpec, IndexSpec, Rule, Trigger } from '../../../cloudfunctions/deploy/deploy-plan'
import type { Acl, DeployManager, FunctionState } from '../../../cloudfunctions/deploy/manager.port'

const run = promisify(execFile)
const WRITES = new Set(['createCollection', 'createIndex', 'setDatabaseRule', 'setStorageRule', 'createFunction', 'createTriggers'])

/** What the CloudBase runtime itself sets in every function (fictional values). */
const RUNTIME_VARIABLES = { TCB_ENV: 'bangfu-test-1a2b3c', TENCENTCLOUD_SECRETID: 'runtime-id', TENCENTCLOUD_SECRETKEY: 'runtime-key' }

type Deployed = { runtime: string; triggers: string[]; codeRoot: string; variables: Record<string, string> }

export class RecordingManager implements DeployManager {
  calls: { method: string; args: unknown[] }[] = []
  collections = new Map<string, { indexes: Map<string, string[]>; acl: Acl }>()
  storage: Acl = { aclTag: 'PRIVATE' }
  functions = new Map<string, Deployed>()

  writes(): string[] {
    return this.calls.filter((c) => WRITES.has(c.method)).map((c) => `${c.method} ${JSON.stringify(c.args[0])}`)
  }

  private note(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args })
  }

  private collection(name: string) {
    const found = this.collections.get(name)
    if (!found) throw Object.assign(new Error(`[ResourceNotFound] Db or Table not exist: ${name}`), { code: 'ResourceNotFound' })
    return found
  }

  async collectionExists(name: string) {
    this.note('collectionExists', name)
    return this.collections.has(name)
  }
  async createCollection(name: string) {
    this.note('createCollection', name)
    // A new collection's rule is the console's default: only the creator reads and writes.
    this.collections.set(name, { indexes: new Map(), acl: { aclTag: 'PRIVATE' } })
  }
  async indexExists(collection: string, indexName: string) {
    this.note('indexExists', collection, indexName)
    return this.collection(collection).indexes.has(indexName)
  }
  async createIndex(collection: string, index: IndexSpec) {
    this.note('createIndex', `${collection}.${index.name}`, index.fields)
    this.collection(collection).indexes.set(index.name, index.fields)
  }
  async databaseRule(collection: string) {
    this.note('databaseRule', collection)
    return this.collection(collection).acl
  }
  async setDatabaseRule(collection: string, rule: Rule) {
    this.note('setDatabaseRule', collection, rule)
    this.collection(collection).acl = { aclTag: 'CUSTOM', rule: JSON.parse(JSON.stringify(rule)) as unknown }
  }
  async storageRule() {
    this.note('storageRule')
    return this.storage
  }
  async setStorageRule(rule: Rule) {
    this.note('setStorageRule', rule)
    this.storage = { aclTag: 'CUSTOM', rule: JSON.parse(JSON.stringify(rule)) as unknown }
  }
  async functionState(name: string): Promise<FunctionState | null> {
    this.note('functionState', name)
    const f = this.functions.get(name)
    return f ? { runtime: f.runtime, triggers: [...f.triggers] } : null
  }
  async createFunction(spec: FunctionSpec, codeRoot: string) {
    this.note('createFunction', spec.name, spec)
    this.functions.set(spec.name, { runtime: spec.runtime, triggers: spec.triggers.map((t) => t.name), codeRoot, variables: {} })
  }
  async createTriggers(name: string, triggers: Trigger[]) {
    this.note('createTriggers', name, triggers)
    const f = this.functions.get(name)
    if (!f) throw new Error(`no function ${name}`)
    f.triggers.push(...triggers.map((t) => t.name))
  }
  /** What an administrator does in the console after deploy:setup: sets a function's variables. */
  setVariables(name: string, variables: Record<string, string>): void {
    const f = this.functions.get(name)
    if (!f) throw new Error(`no function ${name}`)
    f.variables = variables
  }
  async invoke(name: string, event: unknown): Promise<unknown> {
    this.note('invoke', name, event)
    const f = this.functions.get(name)
    if (!f) throw Object.assign(new Error(`[ResourceNotFound.Function] 未找到指定的Function：${name}`), { code: 'ResourceNotFound.Function' })
    const script = `require(${JSON.stringify(path.join(f.codeRoot, name, 'index.js'))}).main(${JSON.stringify(event)}, {}).then((r) => process.stdout.write(JSON.stringify(r)))`
    const env = { TARO_ENV: undefined, PATH: process.env.PATH ?? '', ...RUNTIME_VARIABLES, ...f.variables }
    const { stdout } = await run(process.execPath, ['-e', script], { env })
    return JSON.parse(stdout) as unknown
  }
}
