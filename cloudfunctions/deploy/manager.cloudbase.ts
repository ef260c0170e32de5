/**
 * DeployManager on @cloudbase/manager-node (pinned in package.json). Database
 * collections and indexes go through its flexdb calls, the security rules
 * through the tcb actions DescribeSafeRule / ModifySafeRule (documented in
 * Tencent Cloud's TCB API, reached with commonService), storage through
 * getStorageAcl / setStorageAcl, functions through the SCF calls it wraps.
 * Its endpoints are fixed https hosts (only the tcb one follows TCB_BASE_URL),
 * so the tests exercise deploy:setup at this port, not on the wire.
 */
import CloudBase from '@cloudbase/manager-node'
import type { FunctionSpec, IndexSpec, Rule, Trigger } from './deploy-plan'
import type { Acl, DeployManager, FunctionState } from './manager.port'

export type Credentials = { envId: string; secretId: string; secretKey: string; token?: string }

const NOT_FOUND = /ResourceNotFound/

function parseRule(rule: unknown): unknown {
  if (typeof rule !== 'string') return rule
  try {
    return JSON.parse(rule) as unknown
  } catch {
    return rule
  }
}

export function cloudbaseManager(credentials: Credentials): DeployManager {
  const app = new CloudBase({ envId: credentials.envId, secretId: credentials.secretId, secretKey: credentials.secretKey, token: credentials.token })
  const tcb = app.commonService('tcb')
  const envId = credentials.envId
  return {
    collectionExists: async (name) => (await app.database.checkCollectionExists(name)).Exists,
    createCollection: async (name) => void (await app.database.createCollection(name)),
    indexExists: async (collection, indexName) => (await app.database.checkIndexExists(collection, indexName)).Exists,
    createIndex: async (collection: string, index: IndexSpec) => {
      const MgoIndexKeys = index.fields.map((Name) => ({ Name, Direction: '1' }))
      await app.database.updateCollection(collection, { CreateIndexes: [{ IndexName: index.name, MgoKeySchema: { MgoIndexKeys, MgoIsUnique: false } }] })
    },
    databaseRule: async (collection) => {
      const res = (await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: collection } })) as { AclTag?: string; Rule?: string }
      return { aclTag: res.AclTag ?? '', rule: parseRule(res.Rule) }
    },
    setDatabaseRule: async (collection, rule: Rule) =>
      void (await tcb.call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) } })),
    storageRule: async (): Promise<Acl> => {
      const res = await app.storage.getStorageAcl({ withRule: true })
      return { aclTag: res.acl, rule: res.rule }
    },
    setStorageRule: async (rule) => void (await app.storage.setStorageAcl('CUSTOM', rule)),
    functionState: async (name): Promise<FunctionState | null> => {
      try {
        const info = await app.functions.getFunctionDetail(name)
        return { runtime: info.Runtime, triggers: (info.Triggers ?? []).map((t) => t.TriggerName || t.Name) }
      } catch (error) {
        const code = (error as { code?: unknown }).code
        if (typeof code === 'string' && NOT_FOUND.test(code)) return null
        throw error
      }
    },
    createFunction: async (spec: FunctionSpec, codeRoot: string) => {
      const { name, runtime, timeout, memorySize, triggers } = spec
      // No envVariables: the keys are set in the console, and a value sent here would overwrite them.
      const func = { name, runtime, timeout, memorySize, triggers, handler: 'index.main', installDependency: true }
      await app.functions.createFunction({ func, functionRootPath: codeRoot, force: false })
    },
    createTriggers: async (name, triggers: Trigger[]) => void (await app.functions.createFunctionTriggers(name, triggers)),
    invoke: async (name, event) => {
      const res = await app.functions.invokeFunction(name, event as Record<string, unknown>)
      if (res.ErrMsg && !res.RetMsg) throw new Error(res.ErrMsg)
      return JSON.parse(res.RetMsg) as unknown
    },
  }
}
