/**
 * `npm run bench`: the local API's read cost against the raw SQLite query it
 * wraps, at 100,000 documents. Budget (ARCHITECTURE.md): a list or detail read
 * costs at most a few times its raw query. Prints a table and writes
 * test/artifacts/bench.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { dispatch } from '../../cloudfunctions/core/dispatch'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { loadDemoData } from '../../cloudfunctions/local-host/demo-data'
import { makeLocalDeps } from '../../cloudfunctions/local-host/local-deps'

const N = Number(process.env.BENCH_DOCS ?? 100_000)
const ROUNDS = 300
const log = { error: (m: string) => console.error(m), info: () => undefined }

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function time(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 20; i += 1) await fn()
  const samples: number[] = []
  for (let i = 0; i < ROUNDS; i += 1) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  return median(samples)
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-bench-'))
  const deps = makeLocalDeps(dir)
  await loadDemoData(deps, log)
  const db = deps.store.database
  const insert = db.prepare('INSERT INTO c_notices (id, version, data) VALUES (?, 1, ?)')
  const t0 = performance.now()
  db.transaction(() => {
    for (let i = 0; i < N; i += 1) {
      const recipientId = i % 10 === 0 ? 'demo-staff-u01' : `user-${i % 5000}`
      const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      insert.run(
        `n${i}`,
        JSON.stringify({
          recipientId,
          kind: 'employeeBound',
          title: '新职工绑定',
          body: `职工王**已绑定到青石机械厂工会，编号${i}。`,
          createdAt,
          read: i % 3 === 0,
        }),
      )
    }
  })()
  const seedMs = performance.now() - t0

  const rawList = db.prepare('SELECT id, version, data FROM c_notices WHERE f_recipientId = ? ORDER BY f_createdAt DESC, id DESC LIMIT 21')
  const rawUser = db.prepare('SELECT id, version, data FROM c_users WHERE id = ?')
  const rawGet = db.prepare('SELECT id, version, data FROM c_profiles WHERE id = ?')
  const rawCount = db.prepare('SELECT COUNT(*) FROM c_notices WHERE f_recipientId = ? AND f_read = 0')
  const rawByKind = db.prepare('SELECT f_kind, COUNT(*) FROM c_notices WHERE f_recipientId = ? AND f_read = 0 GROUP BY f_kind')
  const call = (userId: string, fn: string, action: string) => dispatch(fn, FUNCTIONS[fn] ?? {}, { action }, { kind: 'user', userId }, deps, log)

  const rows = [
    // Each raw figure runs the queries the action wraps: the caller's user row, then its own reads.
    {
      name: 'inbox.list (20 of 10,000, + unread, + unread per kind)',
      raw: await time(() => [rawUser.get('demo-staff-u01'), rawList.all('demo-staff-u01'), rawCount.get('demo-staff-u01'), rawByKind.all('demo-staff-u01')]),
      api: await time(() => call('demo-staff-u01', 'inbox', 'list')),
    },
    {
      name: 'account.me (detail by id)',
      raw: await time(() => [rawUser.get('demo-employee2'), rawGet.get('demo-employee2')]),
      api: await time(() => call('demo-employee2', 'account', 'me')),
    },
  ].map((r) => ({ ...r, ratio: r.api / r.raw }))

  console.log(`\n${N.toLocaleString()} notices seeded in ${(seedMs / 1000).toFixed(1)} s; median of ${ROUNDS} calls each\n`)
  for (const r of rows) console.log(`${r.name.padEnd(56)} raw ${r.raw.toFixed(3)} ms   api ${r.api.toFixed(3)} ms   ×${r.ratio.toFixed(1)}`)
  const out = path.resolve(__dirname, '../artifacts')
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, 'bench.json'), JSON.stringify({ docs: N, rounds: ROUNDS, rows }, null, 2))
  await deps.store.close()
  rmSync(dir, { recursive: true, force: true })
}

void main()
