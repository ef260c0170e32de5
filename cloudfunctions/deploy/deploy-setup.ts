/**
 * `npm run deploy:setup -- --env <id> [--dry-run]`: makes a CloudBase
 * environment hold what bangfu needs, and only what is missing, so it can be
 * run again at any time (after adding a collection, an index or a trigger):
 *   functions (created from the build with their runtime, which CloudBase
 *   cannot change later; existing code is left alone) → their timer
 *   triggers → collections → indexes → deny-all database rules → storage rule.
 * A function created earlier with another runtime is reported, not deleted.
 * With `dryRun` it only reads, and says what it would do.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { DeployPlan, FunctionSpec, Rule } from './deploy-plan'
import type { Acl, DeployManager } from './manager.port'

export type Step = { what: string; done: 'created' | 'updated' | 'unchanged' | 'would create' | 'would update' | 'problem'; detail?: string }

type Run = { manager: DeployManager; dryRun: boolean; steps: Step[]; log: (line: string) => void }

function record(run: Run, step: Step): void {
  run.steps.push(step)
  run.log(`${step.done.padEnd(12)} ${step.what}${step.detail ? `（${step.detail}）` : ''}`)
}

/** Reads first; writes only when something is missing and this is not a dry run. */
async function ensure(run: Run, what: string, present: boolean, create: () => Promise<void>, kind: 'create' | 'update' = 'create'): Promise<void> {
  if (present) return record(run, { what, done: 'unchanged' })
  if (run.dryRun) return record(run, { what, done: kind === 'create' ? 'would create' : 'would update' })
  await create()
  record(run, { what, done: kind === 'create' ? 'created' : 'updated' })
}

const sameRule = (acl: Acl, rule: Rule) => acl.aclTag === 'CUSTOM' && JSON.stringify(acl.rule) === JSON.stringify(rule)

async function setupFunction(run: Run, spec: FunctionSpec, codeRoot: string): Promise<void> {
  const state = await run.manager.functionState(spec.name)
  if (!state) {
    if (!run.dryRun && !existsSync(path.join(codeRoot, spec.name, 'index.js'))) {
      return record(run, { what: `云函数 ${spec.name}`, done: 'problem', detail: '找不到构建产物，请先运行 npm run build:functions' })
    }
    // Creating it creates its timer triggers too.
    const detail = `${spec.runtime}，超时 ${spec.timeout} 秒，内存 ${spec.memorySize}MB${spec.triggers.length ? `，定时触发器 ${spec.triggers.map((t) => t.name).join('、')}` : ''}`
    if (run.dryRun) return record(run, { what: `云函数 ${spec.name}`, done: 'would create', detail })
    await run.manager.createFunction(spec, codeRoot)
    return record(run, { what: `云函数 ${spec.name}`, done: 'created', detail })
  }
  if (state.runtime !== spec.runtime) {
    const detail = `现有运行时为 ${state.runtime}，应为 ${spec.runtime}；运行时创建后不能修改：请在控制台删除该函数后重新运行本命令`
    record(run, { what: `云函数 ${spec.name}`, done: 'problem', detail })
  } else record(run, { what: `云函数 ${spec.name}`, done: 'unchanged' })
  const missing = spec.triggers.filter((t) => !state.triggers.includes(t.name))
  for (const trigger of spec.triggers) {
    await ensure(run, `定时触发器 ${spec.name}.${trigger.name}（${trigger.config}）`, !missing.includes(trigger), () =>
      run.manager.createTriggers(spec.name, [trigger]),
    )
  }
}

export async function deploySetup(manager: DeployManager, plan: DeployPlan, opts: { dryRun: boolean; log: (line: string) => void }): Promise<Step[]> {
  const run: Run = { manager, dryRun: opts.dryRun, steps: [], log: opts.log }
  for (const spec of plan.functions) await setupFunction(run, spec, plan.codeRoot)
  for (const { name, indexes, rule } of plan.collections) {
    const exists = await manager.collectionExists(name)
    await ensure(run, `集合 ${name}`, exists, () => manager.createCollection(name))
    for (const index of indexes) {
      // A collection that does not exist yet (dry run) has no index to ask about.
      const present = exists && (await manager.indexExists(name, index.name))
      await ensure(run, `索引 ${name}.${index.name}（${index.fields.join(' + ')}）`, present, () => manager.createIndex(name, index))
    }
    const current = exists ? await manager.databaseRule(name) : { aclTag: 'NONE' }
    await ensure(run, `安全规则 ${name}`, sameRule(current, rule), () => manager.setDatabaseRule(name, rule), 'update')
  }
  await ensure(run, '存储安全规则', sameRule(await manager.storageRule(), plan.storageRule), () => manager.setStorageRule(plan.storageRule), 'update')
  return run.steps
}
