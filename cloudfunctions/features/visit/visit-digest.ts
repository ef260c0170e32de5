/**
 * 走访周报: once per ISO week (a pass of the scheduler from Monday 09:00),
 * the staff of every union with filed households in its subtree hear how the
 * year's visits stand there. The pass first counts households in batches
 * (each counts for every union on its path; the tallies ride in the job's
 * checkpoint), then sends to 50 unions a batch. The event key is union +
 * week, so a second pass that week sends nothing.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import { isoWeek, visitStatus, type VisitStatus } from '../../../src/domain/visit/visit-status'
import type { ActionContext } from '../../core/action'
import { fromHour, type BatchJob } from '../../core/batch-job'
import { existingNotices, notify, staffOfUnions } from '../../core/notices'
import { chinaDate } from '../../core/ports/clock.port'
import { exitCandidateOf, filedOn, type FileDoc } from './visit.doc'
import { householdBatch } from './visit-queries'

export type Tally = { files: number; visited: number; underTarget: number; due: number; overdue: number; exitCandidates: number }

export type Tallies = Record<string, Tally>

type DigestState = { phase: 'count' | 'send'; cursor: string | null; tallies: Tallies; sendFrom: number }

const HOUSEHOLDS_PER_BATCH = 200
const UNIONS_PER_BATCH = 50

export function countHousehold(tallies: Tallies, file: Pick<FileDoc, 'unionPath'>, status: VisitStatus, exitCandidate: boolean): void {
  for (const unionId of file.unionPath.split('/').filter(Boolean)) {
    const t = tallies[unionId] ?? { files: 0, visited: 0, underTarget: 0, due: 0, overdue: 0, exitCandidates: 0 }
    t.files += 1
    t.visited += status.visitsThisYear > 0 ? 1 : 0
    t.underTarget += status.visitsThisYear < status.target ? 1 : 0
    t.due += status.due.length ? 1 : 0
    t.overdue += status.overdue.length ? 1 : 0
    t.exitCandidates += exitCandidate ? 1 : 0
    tallies[unionId] = t
  }
}

const digestBody = (union: Union, t: Tally) =>
  `本周走访情况（${union.name}及下级工会）：在档困难职工${t.files}户，今年已走访${t.visited}户，未达年度走访次数${t.underTarget}户；` +
  `当前待走访${t.due}户，走访逾期${t.overdue}户；脱困候选${t.exitCandidates}户。详情请查看“走访与结对情况”。`

async function countBatch(ctx: ActionContext, state: DigestState): Promise<DigestState> {
  const { files, visits, nextCursor } = await householdBatch(ctx.deps.store, Number(ctx.today.slice(0, 4)), state.cursor, HOUSEHOLDS_PER_BATCH)
  const tallies = { ...state.tallies }
  for (const file of files) {
    const own = visits.get(file.id) ?? []
    const status = visitStatus({ filedOn: filedOn(file) }, own, ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)
    countHousehold(tallies, file, status, exitCandidateOf(own))
  }
  return { ...state, tallies, cursor: nextCursor, phase: nextCursor === null ? 'send' : 'count' }
}

/** Sends this week's digest to the next unions in the tallies; returns how many got it now. */
async function sendBatch(ctx: ActionContext, state: DigestState): Promise<number> {
  const week = isoWeek(ctx.today)
  const unionIds = Object.keys(state.tallies)
    .sort()
    .slice(state.sendFrom, state.sendFrom + UNIONS_PER_BATCH)
  const staff = await staffOfUnions(ctx.deps, unionIds)
  const key = (unionId: string) => `visitDigest:${unionId}:${week}`
  const existing = await existingNotices(
    ctx.deps,
    unionIds.flatMap((u) => (staff.get(u) ?? []).map((s) => `${key(u)}:${s}`)),
  )
  const missing = new Map(unionIds.map((u) => [u, (staff.get(u) ?? []).filter((s) => !existing.has(`${key(u)}:${s}`))]))
  const due = unionIds.filter((u) => missing.get(u)?.length)
  if (!due.length) return 0
  const unions = await ctx.deps.store.find<Union>('unions', { where: [{ field: 'id', op: 'in', value: due }], limit: UNIONS_PER_BATCH })
  await ctx.transact(async (tx) => {
    for (const union of unions.items) {
      const tally = state.tallies[union.id]
      if (tally)
        await notify(ctx, tx, { kind: 'visitDigest', recipients: missing.get(union.id) ?? [], eventKey: key(union.id), body: digestBody(union, tally) })
    }
  })
  return unions.items.length
}

export const visitDigestJob: BatchJob<DigestState> = {
  name: 'visitDigest',
  pass: (now) => (fromHour(now, 9) ? isoWeek(chinaDate(now)) : null),
  start: () => ({ phase: 'count', cursor: null, tallies: {}, sendFrom: 0 }),
  async batch(ctx, state) {
    if (state.phase === 'count') return { state: await countBatch(ctx, state), done: false }
    const digests = await sendBatch(ctx, state)
    const sendFrom = state.sendFrom + UNIONS_PER_BATCH
    return { state: { ...state, sendFrom }, done: sendFrom >= Object.keys(state.tallies).length, counts: { digests } }
  },
}
