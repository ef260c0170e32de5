/**
 * A province-sized visit sweep, seeded straight into the SQLite file: copies
 * of one household filed through the real actions (sealed form and all),
 * spread over the grassroots unions, every 7th with a second helper, and
 * every 10th visited in March 2027 (so it needs no March reminder).
 */
import type { LocalDeps } from '../../../../cloudfunctions/local-host/local-deps'

export type Seeded = { households: number; visited: number; expectedReminders: number }

export function seedHouseholds(deps: LocalDeps, template: { id: string }, n: number): Seeded {
  const db = deps.store.database
  const row = db.prepare('SELECT data FROM c_applications WHERE id = ?').get(template.id) as { data: string }
  const doc = JSON.parse(row.data) as { filed: Record<string, unknown> } & Record<string, unknown>
  const unions = (db.prepare("SELECT id, data FROM c_unions WHERE json_extract(data, '$.level') = 'grassroots'").all() as { id: string; data: string }[]).map(
    (u) => ({ id: u.id, path: (JSON.parse(u.data) as { path: string }).path }),
  )
  const insertApp = db.prepare('INSERT INTO c_applications (id, version, data) VALUES (?, 1, ?)')
  const insertVisit = db.prepare('INSERT INTO c_visits (id, version, data) VALUES (?, 1, ?)')
  let visited = 0
  let expectedReminders = 0
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) {
      const union = unions[i % unions.length]!
      const id = `ap_many${String(i).padStart(6, '0')}`
      const second = i % 7 === 0 ? { secondHelperId: 'demo-helper3', secondHelperName: '唐永红' } : {}
      const filed = { ...doc.filed, ...second, fileNumber: `130306-2026-${String(i + 2).padStart(5, '0')}` }
      insertApp.run(id, JSON.stringify({ ...doc, applicantId: `user-${i}`, unionId: union.id, unionPath: union.path, filed }))
      if (i % 10 === 0) {
        visited += 1
        const visit = { applicationId: id, unionId: union.id, unionPath: union.path, helperId: 'demo-helper1', happenedAt: '2027-03-02', year: 2027 }
        insertVisit.run(`vi_many${i}`, JSON.stringify({ ...visit, receivedAt: '2027-03-02T02:00:00.000Z', type: 'plan', photos: [], sealed: '' }))
      } else {
        expectedReminders += i % 7 === 0 ? 2 : 1
      }
    }
  })()
  return { households: n, visited, expectedReminders }
}
