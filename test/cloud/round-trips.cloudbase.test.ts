/**
 * Round trips that do not grow with the data: the real handlers on the
 * CloudBase adapters against the wire-level stand-in, with every request
 * counted, at 10 and at 1,000 documents per collection (applications in the
 * subtree, helpers, notices, visits of one household). Every list, detail
 * and step must cost the same number at both sizes, 我的帮扶户 included (it
 * reads the visit figures kept on each file, not the 1,000 visits), and the
 * compliance view (counts and indexed pages of the standings kept on each
 * file, and a page of helpers with two grouped pairing counts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { encodeCursor } from '../../cloudfunctions/adapters/common/store-errors'
import { runJob } from '../../cloudfunctions/core/batch-job'
import { complianceJob } from '../../cloudfunctions/features/visit/compliance-sweep'
import { callAs, dataOf, freshRequestId } from '../support/test-deps'
import { act, submitted } from '../server/application/support/application-form'
import { COUNTY, GRASSROOTS, HELPER, photos, visitAct, visitForm } from '../server/visit/support/visit-fixtures'
import { makeCloudEnv, type CloudEnv } from './support/cloud-env'

const CITY = 'demo-staff-c1303'
const PROVINCE = 'demo-staff-p13'
type Raw = Record<string, unknown> & { _id: string }

const keysDir = mkdtempSync(path.join(tmpdir(), 'bangfu-keys-'))
const keysFile = path.join(keysDir, 'keys.json')
afterAll(() => rmSync(keysDir, { recursive: true, force: true }))

/** How many requests `run` sends to the stand-in. */
async function cost(env: CloudEnv, run: () => Promise<unknown>): Promise<number> {
  const before = env.fake.requests.length
  const answer = await run()
  if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false) throw new Error(JSON.stringify(answer))
  return env.fake.requests.length - before
}

/** `n` documents made from `template`, each changed by `patch(i)`. */
const copies = (n: number, template: Raw, patch: (i: number) => Record<string, unknown>): Raw[] =>
  Array.from({ length: n }, (_, i) => ({ ...structuredClone(template), ...patch(i) }) as Raw)

const minutesAgo = (i: number) => new Date(Date.UTC(2026, 9, 1) - i * 60_000).toISOString()

/** The bulk of a province: applications in the county's subtree (half filed, each with its own helper), those helpers, the staff's notices. */
function seedBulk(env: CloudEnv, n: number, template: Raw, opts: { helpers: boolean } = { helpers: true }): void {
  env.fake.seed(
    'applications',
    copies(n, template, (i) => ({
      _id: `ap-bulk-${i}`,
      applicantId: `user-bulk-${i}`,
      updatedAt: minutesAgo(i),
      status: i % 2 ? 'filed' : 'submitted',
      filed: { ...(template.filed as object), helperId: `helper-bulk-${i}` },
    })),
  )
  if (!opts.helpers) return
  const helper = { displayName: '帮扶干部', roles: ['helper'], helperUnionId: 'd130306', helperUnionPath: '/p13/c1303/d130306/', createdAt: minutesAgo(0) }
  env.fake.seed(
    'users',
    copies(n, { _id: '', ...helper, helperUnionIds: ['p13', 'c1303', 'd130306'], version: 1 }, (i) => ({ _id: `helper-bulk-${i}` })),
  )
  const notice = { recipientId: GRASSROOTS, kind: 'employeeBound', title: '新职工绑定', body: '职工王**已绑定。', read: false, version: 1 }
  env.fake.seed(
    'notices',
    copies(n, { _id: '', ...notice }, (i) => ({ _id: `n-bulk-${i}`, createdAt: minutesAgo(i), read: i % 3 === 0 })),
  )
}

/** The template documents: one real filed application and one real visit with two photos, sealed with the shared keys. */
async function templates(): Promise<{ application: Raw; visit: Raw; files: Map<string, Buffer> }> {
  const env = await makeCloudEnv({ keysFile })
  const { id } = await filedCase(env)
  const visit = dataOf<{ id: string }>(await visitAct(env, HELPER, 'file', visitForm(id, await photos(env, HELPER, 2))))
  const found = { application: env.fake.stored('applications', id)!, visit: env.fake.stored('visits', visit.id)!, files: new Map(env.fake.files) }
  await env.close()
  return found
}

async function filedCase(env: CloudEnv, steps?: Record<string, number>): Promise<{ id: string }> {
  let id = ''
  // Submitted and publicised 10 days back, filed now: each step on or after the one before, as the rules require.
  const now = env.clock.current
  env.clock.current = new Date(now.getTime() - 10 * 86_400_000)
  const submitCost = await cost(env, () => submitted(env).then((s) => (id = s.id)))
  if (steps) steps['application.submit'] = submitCost
  const today = env.clock.now().toISOString().slice(0, 10)
  const flow: [string, string, Record<string, unknown>][] = [
    [GRASSROOTS, 'accept', {}],
    [GRASSROOTS, 'recordInvestigation', { visitDate: today, investigators: ['孙建平', '何丽娟'], findings: '收入属实' }],
    [GRASSROOTS, 'recordEvaluation', { meetingDate: today, attendance: 7, result: 'agree' }],
    [GRASSROOTS, 'startPublicity', { startDate: today }],
    ['', 'now', {}],
    [GRASSROOTS, 'endPublicity', {}],
    [COUNTY, 'approve', {}],
    [COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: HELPER }],
  ]
  for (const [user, action, data] of flow) {
    if (action === 'now') {
      env.clock.current = now
      continue
    }
    const n = await cost(env, () => act(env, user, action, { applicationId: id, ...data }))
    if (steps) steps[`application.${action}`] = n
  }
  return { id }
}

/** Every action's request count with `n` documents of each kind. */
async function measure(n: number, t: Awaited<ReturnType<typeof templates>>): Promise<Record<string, number>> {
  const env = await makeCloudEnv({ keysFile })
  try {
    seedBulk(env, n, t.application)
    const c: Record<string, number> = {}
    const { id } = await filedCase(env, c)
    const uploads = await photos(env, HELPER, 2)
    c['visit.file'] = await cost(env, () => visitAct(env, HELPER, 'file', visitForm(id, uploads)))
    c['visit.pair'] = await cost(env, () => visitAct(env, COUNTY, 'pair', { applicationId: id, helperId: HELPER, secondHelperId: 'helper-bulk-1' }))
    // The household's earlier visits: copies of a real one, photos and sealed texts included.
    for (const [p, bytes] of t.files) env.fake.files.set(p, bytes)
    env.fake.seed(
      'visits',
      copies(n, t.visit, (i) => ({
        _id: `v-bulk-${i}`,
        applicationId: id,
        happenedAt: `2026-10-01 ${String(i % 24).padStart(2, '0')}:00`,
        receivedAt: minutesAgo(i),
      })),
    )

    const call = (user: string, fn: string, action: string, data?: unknown) => cost(env, () => callAs(env, user, fn, action, data, freshRequestId()))
    for (const [name, user] of [
      ['grassroots', GRASSROOTS],
      ['county', COUNTY],
      ['city', CITY],
      ['province', PROVINCE],
    ] as const) {
      c[`application.list (${name})`] = await call(user, 'application', 'list', {})
      c[`application.list filed (${name})`] = await call(user, 'application', 'list', { status: 'filed' })
    }
    c['application.detail'] = await call(COUNTY, 'application', 'detail', { applicationId: id })
    c['application.helpers'] = await call(COUNTY, 'application', 'helpers', {})
    c['application.mine'] = await call('demo-employee2', 'application', 'mine')
    c['application.reveal'] = await call(COUNTY, 'application', 'reveal', { applicationId: id, field: 'form.idNumber' })
    c['inbox.list'] = await call(GRASSROOTS, 'inbox', 'list', {})
    c['inbox.unreadCount'] = await call(GRASSROOTS, 'inbox', 'unreadCount')
    c['visit.list'] = await call(COUNTY, 'visit', 'list', { applicationId: id })
    c['visit.mine'] = await call(HELPER, 'visit', 'mine')
    // The day's refresh of each file's standing has run, as the scheduler's does every morning.
    await runJob(env.deps, complianceJob)
    c['visit.compliance (county)'] = await call(COUNTY, 'visit', 'compliance', {})
    c['visit.complianceList (county)'] = await call(COUNTY, 'visit', 'complianceList', { list: 'underTarget', cursor: encodeCursor('ap-bulk-1', 'ap-bulk-1') })
    c['visit.complianceHelpers (county)'] = await call(COUNTY, 'visit', 'complianceHelpers', { cursor: encodeCursor('helper-bulk-1', 'helper-bulk-1') })
    return c
  } finally {
    await env.close()
  }
}

describe('requests each action sends to CloudBase', () => {
  it('are the same at 10 and at 1,000 documents, for every list, detail and step', async () => {
    const t = await templates()
    const small = await measure(10, t)
    const large = await measure(1000, t)
    console.log(
      Object.keys(small)
        .map((k) => `${k.padEnd(36)} ${String(small[k]).padStart(4)} → ${large[k]}`)
        .join('\n'),
    )
    expect(large).toEqual(small)
    // visit.list signs a page's photos in one call (20 visits × 2 photos ≤ 50 links), and never one call per photo.
    expect(large['visit.list']).toBeLessThanOrEqual(6)
  }, 240_000)
})

describe('the compliance view', () => {
  it('costs the same at 10 and at 1,000 filed households once the day’s standings are refreshed', async () => {
    const t = await templates()
    const at = async (n: number) => {
      const env = await makeCloudEnv({ keysFile })
      try {
        seedBulk(env, n, t.application, { helpers: false })
        await runJob(env.deps, complianceJob)
        return await cost(env, () => callAs(env, COUNTY, 'visit', 'compliance', {}, freshRequestId()))
      } finally {
        await env.close()
      }
    }
    expect(await at(1000)).toBe(await at(10))
  }, 120_000)
})

describe('nested fields through the CloudBase adapter', () => {
  it('finds a helper’s households by filed.helperId and counts their pairings, as the real database does', async () => {
    const env = await makeCloudEnv({ keysFile })
    try {
      const { id } = await filedCase(env)
      const mine = dataOf<{ households: { applicationId: string; role: string }[] }>(await visitAct(env, HELPER, 'mine'))
      expect(mine.households).toEqual([expect.objectContaining({ applicationId: id, role: 'primary' })])
      const view = dataOf<{ helpers: { id: string; households: number }[] }>(await visitAct(env, COUNTY, 'compliance', {}))
      expect(view.helpers).toEqual([expect.objectContaining({ id: HELPER, households: 1 })])
    } finally {
      await env.close()
    }
  }, 60_000)
})
