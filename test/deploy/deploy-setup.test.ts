/**
 * deploy:setup against a recording stand-in of a CloudBase environment:
 * a dry run only reads; a first run creates every function (runtime fixed at
 * creation, timer triggers), collection, index and rule; a second run changes
 * nothing; what it cannot fix (a function created with another runtime) it
 * reports and exits 1.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../../cloudfunctions/core/collections'
import { parseArgs, runCli } from '../../cloudfunctions/deploy/deploy-cli'
import { deployPlan, indexOf } from '../../cloudfunctions/deploy/deploy-plan'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { RecordingManager } from './support/recording-manager'

const ROOT = path.resolve(__dirname, '../..')
const rules = JSON.parse(readFileSync(path.join(ROOT, 'config/database-rules.json'), 'utf8')) as { storage: unknown }

async function setup(manager: RecordingManager, dryRun = false) {
  const lines: string[] = []
  const code = await runCli({ command: 'setup', envId: 'bangfu-test-1a2b3c', dryRun }, manager, (line) => lines.push(line))
  return { code, lines }
}

describe('deploy:setup', () => {
  it('--dry-run reads only, and says what it would create', async () => {
    const env = new RecordingManager()
    const { code, lines } = await setup(env, true)
    expect(code).toBe(0)
    expect(env.writes()).toEqual([])
    const planned = lines.filter((l) => l.startsWith('would '))
    for (const name of Object.keys(FUNCTIONS)) expect(planned.some((l) => l.includes(`云函数 ${name}（Nodejs20.19`))).toBe(true)
    for (const name of Object.keys(COLLECTIONS)) expect(planned).toContain(`would create 集合 ${name}`)
    expect(planned.some((l) => l.includes('定时触发器 scheduler'))).toBe(true)
    expect(planned).toContain('would update 存储安全规则')
  })

  it('creates every function with its runtime and triggers, every collection with its indexes and deny-all rule, and the storage rule', async () => {
    const env = new RecordingManager()
    expect((await setup(env)).code).toBe(0)
    for (const spec of deployPlan().functions) {
      const config = JSON.parse(readFileSync(path.join(ROOT, 'cloudfunctions/functions', spec.name, 'config.json'), 'utf8')) as {
        triggers?: { name: string }[]
      }
      expect(env.functions.get(spec.name)).toMatchObject({ runtime: 'Nodejs20.19', triggers: (config.triggers ?? []).map((t) => t.name) })
    }
    expect(env.functions.get('scheduler')?.triggers).toEqual(['scheduler'])
    expect([...env.collections.keys()].sort()).toEqual(Object.keys(COLLECTIONS).sort())
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const held = env.collections.get(name)
      expect([...(held?.indexes.values() ?? [])]).toEqual(spec.indexes.map((fields) => indexOf(fields).fields))
      expect(held?.acl).toEqual({ aclTag: 'CUSTOM', rule: { read: false, write: false } })
    }
    expect(env.collections.get('notices')?.indexes.get('idx_recipientId_createdAt__id')).toEqual(['recipientId', 'createdAt', '_id'])
    expect(env.storage).toEqual({ aclTag: 'CUSTOM', rule: rules.storage })
  })

  it('is idempotent: a second run writes nothing', async () => {
    const env = new RecordingManager()
    await setup(env)
    env.calls = []
    const { code, lines } = await setup(env)
    expect(code).toBe(0)
    expect(env.writes()).toEqual([])
    expect(lines.filter((l) => /^(created|updated|would)/.test(l))).toEqual([])
  })

  it('adds a missing trigger, and reports a function created with another runtime instead of touching it', async () => {
    const env = new RecordingManager()
    await setup(env)
    env.functions.set('account', { ...env.functions.get('account')!, runtime: 'Nodejs16.13' })
    env.functions.get('scheduler')!.triggers = []
    env.calls = []
    const { code, lines } = await setup(env)
    expect(code).toBe(1)
    expect(lines.some((l) => l.startsWith('problem') && l.includes('云函数 account') && l.includes('现有运行时为 Nodejs16.13'))).toBe(true)
    const triggers =
      deployPlan()
        .functions.find((f) => f.name === 'scheduler')
        ?.triggers.map((t) => t.name) ?? []
    expect(triggers).toContain('scheduler')
    expect(env.writes()).toEqual(triggers.map(() => `createTriggers "scheduler"`))
    expect(env.functions.get('scheduler')?.triggers).toEqual(triggers)
  })

  it('refuses to run without an environment id, in Chinese', () => {
    expect(() => parseArgs(['setup', '--dry-run'])).toThrow('请用 --env <环境ID> 指定云开发环境')
    expect(parseArgs(['check', '--env', 'bangfu-prod-1a2b3c'])).toEqual({ command: 'check', envId: 'bangfu-prod-1a2b3c', dryRun: false })
  })
})
