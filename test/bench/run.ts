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
import { placedIn } from '../../cloudfunctions/core/subtree'
import { APPLICATION_STATUSES } from '../../src/domain/application/application-machine'
import { submission } from '../server/application/support/application-form'

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

/** Each row's raw and api medians, one row after the other (never two at once). */
async function timeAll(rows: { name: string; raw: () => unknown; api: () => unknown }[]): Promise<{ name: string; raw: number; api: number }[]> {
  const out: { name: string; raw: number; api: number }[] = []
  for (const r of rows) out.push({ name: r.name, raw: await time(r.raw), api: await time(r.api) })
  return out
}

type Call = (userId: string, fn: string, action: string, data?: unknown) => ReturnType<typeof dispatch>

/**
 * N applications spread over the four grassroots unions and every status: copies of one real submission
 * (sealed form and all), so the detail opens a real sealed blob. Returns one id of staff-u01's subtree.
 */
async function seedApplications(deps: ReturnType<typeof makeLocalDeps>, call: Call): Promise<{ id: string; unionPath: string }> {
  const submitted = await call('demo-employee2', 'application', 'submit', submission())
  if (!submitted.ok) throw new Error(submitted.error.message)
  const first = (submitted.data as { id: string }).id
  const db = deps.store.database
  const row = db.prepare('SELECT data FROM c_applications WHERE id = ?').get(first) as { data: string }
  const doc = JSON.parse(row.data) as Record<string, unknown>
  const unions = (db.prepare("SELECT id, data FROM c_unions WHERE json_extract(data, '$.level') = 'grassroots'").all() as { id: string; data: string }[]).map(
    (u) => ({ id: u.id, path: (JSON.parse(u.data) as { path: string }).path }),
  )
  const insert = db.prepare('INSERT INTO c_applications (id, version, data) VALUES (?, 1, ?)')
  db.transaction(() => {
    for (let i = 0; i < N; i += 1) {
      const union = unions[i % unions.length]!
      const at = new Date(Date.UTC(2025, 0, 1) + i * 300_000).toISOString()
      const status = APPLICATION_STATUSES[i % APPLICATION_STATUSES.length]
      insert.run(`ap_bench${i}`, JSON.stringify({ ...doc, applicantId: `user-${i}`, ...placedIn(union), status, submittedAt: at, updatedAt: at }))
    }
  })()
  return { id: first, unionPath: (doc as { unionPath: string }).unionPath }
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-bench-'))
  const deps = makeLocalDeps(dir)
  await loadDemoData(deps, log)
  const call: Call = (userId, fn, action, data) =>
    dispatch(fn, FUNCTIONS[fn] ?? {}, { action, data, requestId: `bench-${Math.random().toString(36).slice(2)}` }, { kind: 'user', userId }, deps, log)
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
  const apps = await seedApplications(deps, call)

  const rawList = db.prepare('SELECT id, version, data FROM c_notices WHERE f_recipientId = ? ORDER BY f_createdAt DESC, id DESC LIMIT 21')
  const rawUser = db.prepare('SELECT id, version, data FROM c_users WHERE id = ?')
  const rawGet = db.prepare('SELECT id, version, data FROM c_profiles WHERE id = ?')
  const rawCount = db.prepare('SELECT COUNT(*) FROM c_notices WHERE f_recipientId = ? AND f_read = 0')
  const rawByKind = db.prepare('SELECT f_kind, COUNT(*) FROM c_notices WHERE f_recipientId = ? AND f_read = 0 GROUP BY f_kind')

  // The page as the adapter reads it: ids chosen through the subtree's side-table index (union id, updatedAt), then joined to their data, sealed left out.
  const rawApps = db.prepare(
    "SELECT t.id, t.version, json_remove(t.data, '$.sealed') AS data FROM c_applications t JOIN (SELECT id FROM a_applications__unionIds WHERE v = ? ORDER BY f_updatedAt DESC, id DESC LIMIT 21) c ON c.id = t.id ORDER BY t.f_updatedAt DESC, t.id DESC",
  )
  const rawByStatus = db.prepare(
    `SELECT f_status, COUNT(*) FROM a_applications__unionIds WHERE v = ? AND f_status IN (${APPLICATION_STATUSES.map(() => '?').join(',')}) GROUP BY f_status`,
  )
  const rawApp = db.prepare('SELECT id, version, data FROM c_applications WHERE id = ?')
  const subtreeList = (staff: string, unionId: string, label: string) => ({
    name: `application.list ${label} (+ per status)`,
    raw: () => [rawUser.get(staff), rawUnion.get(unionId), rawApps.all(unionId), rawByStatus.all(unionId, ...APPLICATION_STATUSES)],
    api: () => call(staff, 'application', 'list', {}),
  })
  const rawUnion = db.prepare('SELECT id, version, data FROM c_unions WHERE id = ?')
  const lists = [
    subtreeList('demo-staff-u01', 'u01', `grassroots: 20 of ${(N / 4).toLocaleString()}`),
    subtreeList('demo-staff-c1303', 'c1303', `city: 20 of ${N.toLocaleString()}`),
    subtreeList('demo-staff-p13', 'p13', `province: 20 of ${N.toLocaleString()}`),
  ]

  const rows = [
    // Each raw figure runs the queries the action wraps: the caller's user row, then its own reads.
    {
      name: 'inbox.list (20 of 10,000, + unread, + unread per kind)',
      raw: await time(() => [rawUser.get('demo-staff-u01'), rawList.all('demo-staff-u01'), rawCount.get('demo-staff-u01'), rawByKind.all('demo-staff-u01')]),
      api: await time(() => call('demo-staff-u01', 'inbox', 'list')),
    },
    ...(await timeAll(lists)),
    {
      name: 'application.detail (by id, sealed form opened)',
      raw: await time(() => [rawUser.get('demo-staff-u01'), rawApp.get(apps.id)]),
      api: await time(() => call('demo-staff-u01', 'application', 'detail', { applicationId: apps.id })),
    },
    {
      name: 'account.me (detail by id)',
      raw: await time(() => [rawUser.get('demo-employee2'), rawGet.get('demo-employee2')]),
      api: await time(() => call('demo-employee2', 'account', 'me')),
    },
  ].map((r) => ({ ...r, ratio: r.api / r.raw }))

  console.log(
    `\n${N.toLocaleString()} notices and ${N.toLocaleString()} applications seeded; notices in ${(seedMs / 1000).toFixed(1)} s; median of ${ROUNDS} calls each\n`,
  )
  for (const r of rows) console.log(`${r.name.padEnd(56)} raw ${r.raw.toFixed(3)} ms   api ${r.api.toFixed(3)} ms   ×${r.ratio.toFixed(1)}`)
  const out = path.resolve(__dirname, '../artifacts')
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, 'bench.json'), JSON.stringify({ docs: N, rounds: ROUNDS, rows }, null, 2))
  await deps.store.close()
  rmSync(dir, { recursive: true, force: true })
}

void main()
