/**
 * The campaign benchmark: staff of the city union pay 1,000 filed households
 * in one `assistance.campaign` (one aid entry and one notice each, written in
 * transactions of 100), against the raw SQLite inserts of the same rows in
 * the same batches. Runs on its own data directory: one household filed
 * through the real actions, cloned 1,000 times across the four grassroots
 * unions.
 */
import { performance } from 'node:perf_hooks'
import { CAMPAIGN_BATCH } from '../../cloudfunctions/features/assistance/run-campaign'
import type { CampaignResult } from '../../src/domain/assistance/assistance-views'
import { fileHousehold, HOUSEHOLDS } from '../server/assistance/support/households'
import { callAs, makeTestEnv, type TestEnv } from '../support/test-deps'

export const CAMPAIGN_HOUSEHOLDS = 1000
const RUNS = 3

function cloneFiles(env: TestEnv, sourceId: string): string[] {
  const db = env.deps.store.database
  const doc = JSON.parse((db.prepare('SELECT data FROM c_applications WHERE id = ?').get(sourceId) as { data: string }).data) as Record<string, unknown>
  const unions = (db.prepare("SELECT id, data FROM c_unions WHERE json_extract(data, '$.level') = 'grassroots'").all() as { id: string; data: string }[]).map(
    (u) => ({
      id: u.id,
      path: (JSON.parse(u.data) as { path: string }).path,
    }),
  )
  const insert = db.prepare('INSERT INTO c_applications (id, version, data) VALUES (?, 1, ?)')
  const ids: string[] = []
  db.transaction(() => {
    for (let i = 0; i < CAMPAIGN_HOUSEHOLDS; i += 1) {
      const union = unions[i % unions.length]!
      const id = `ap_camp${i}`
      insert.run(id, JSON.stringify({ ...doc, applicantId: `user-${i}`, applicantName: `职工${i}`, unionId: union.id, unionPath: union.path }))
      ids.push(id)
    }
  })()
  return ids
}

/** The same rows the campaign writes (entry, notice, outbox message), inserted raw in batches of CAMPAIGN_BATCH. */
function rawInserts(env: TestEnv, ids: string[], run: number): number {
  const db = env.deps.store.database
  const aid = db.prepare('INSERT INTO c_aid (id, version, data) VALUES (?, 1, ?)')
  const notice = db.prepare('INSERT INTO c_notices (id, version, data) VALUES (?, 1, ?)')
  const outbox = db.prepare('INSERT INTO c_outbox (id, version, data) VALUES (?, 1, ?)')
  const now = new Date().toISOString()
  const t = performance.now()
  for (let i = 0; i < ids.length; i += CAMPAIGN_BATCH) {
    db.transaction(() => {
      for (const id of ids.slice(i, i + CAMPAIGN_BATCH)) {
        const key = `raw${run}_${id}`
        aid.run(
          key,
          JSON.stringify({
            applicationId: id,
            applicantId: `u-${id}`,
            unionPath: '/p13/c1303/',
            unionIds: ['p13', 'c1303'],
            year: 2026,
            date: '2026-11-22',
            kind: '送温暖',
            amountFen: 80000,
            campaignId: `raw${run}`,
          }),
        )
        const message = { recipientId: `u-${id}`, kind: 'aidRecorded', title: '帮扶记录', body: '2026-11-22，为您家发放送温暖：800.00元。', createdAt: now }
        notice.run(`aid:${key}`, JSON.stringify({ ...message, read: false }))
        outbox.run(`aid:${key}`, JSON.stringify({ ...message, status: 'pending', attempts: 0 }))
      }
    })()
  }
  return performance.now() - t
}

export async function benchCampaign(): Promise<{ name: string; raw: number; api: number; ratio: number }> {
  const env = await makeTestEnv()
  try {
    const ids = cloneFiles(env, await fileHousehold(env, HOUSEHOLDS.li))
    const api: number[] = []
    const raw: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      const data = { applicationIds: ids, date: '2026-11-22', kind: '送温暖', amount: 800, fundLevel: '基层级', project: `送温暖第${run + 1}批` }
      const t = performance.now()
      const answer = await callAs(env, 'demo-staff-c1303', 'assistance', 'campaign', data, `bench-campaign-${run}`)
      api.push(performance.now() - t)
      if (!answer.ok || (answer.data as CampaignResult).recorded.length !== CAMPAIGN_HOUSEHOLDS)
        throw new Error(`campaign failed: ${JSON.stringify(answer).slice(0, 300)}`)
      raw.push(rawInserts(env, ids, run))
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    return {
      name: `assistance.campaign (${CAMPAIGN_HOUSEHOLDS.toLocaleString()} households, vs raw inserts)`,
      raw: med(raw),
      api: med(api),
      ratio: med(api) / med(raw),
    }
  } finally {
    await env.close()
  }
}
