/**
 * 走访周报: once per ISO week, the staff of every union with filed households
 * in its subtree hear how the year's visits stand there. The tallies are
 * built in one pass over the households (each counts for every union on its
 * path); the event key is union + week, so a second sweep that week sends nothing.
 */
import type { Union } from '../../../src/domain/union/union'
import { isoWeek, type VisitStatus } from '../../../src/domain/visit/visit-status'
import type { ActionContext } from '../../core/action'
import { notify, staffOfUnion } from '../../core/notices'
import type { FileDoc } from './visit.doc'

export type Tally = { files: number; visited: number; underTarget: number; due: number; overdue: number; exitCandidates: number }

export type Tallies = Map<string, Tally>

export function countHousehold(tallies: Tallies, file: Pick<FileDoc, 'unionPath'>, status: VisitStatus, exitCandidate: boolean): void {
  for (const unionId of file.unionPath.split('/').filter(Boolean)) {
    const t = tallies.get(unionId) ?? { files: 0, visited: 0, underTarget: 0, due: 0, overdue: 0, exitCandidates: 0 }
    t.files += 1
    t.visited += status.visitsThisYear > 0 ? 1 : 0
    t.underTarget += status.visitsThisYear < status.target ? 1 : 0
    t.due += status.due.length ? 1 : 0
    t.overdue += status.overdue.length ? 1 : 0
    t.exitCandidates += exitCandidate ? 1 : 0
    tallies.set(unionId, t)
  }
}

const digestBody = (union: Union, t: Tally) =>
  `本周走访情况（${union.name}及下级工会）：在档困难职工${t.files}户，今年已走访${t.visited}户，未达年度走访次数${t.underTarget}户；` +
  `当前待走访${t.due}户，走访逾期${t.overdue}户；脱困候选${t.exitCandidates}户。详情请查看“走访与结对情况”。`

/** Returns how many unions got this week's digest now (0 when they all had it). */
export async function sendDigests(ctx: ActionContext, tallies: Tallies): Promise<number> {
  const week = isoWeek(ctx.today)
  let sent = 0
  for (const [unionId, tally] of tallies) {
    const eventKey = `visitDigest:${unionId}:${week}`
    const staff = await staffOfUnion(ctx.deps, unionId)
    const missing = (await Promise.all(staff.map(async (id) => ((await ctx.deps.store.get('notices', `${eventKey}:${id}`)) ? null : id)))).filter(
      (id): id is string => id !== null,
    )
    const union = missing.length ? await ctx.deps.store.get<Union>('unions', unionId) : null
    if (!union) continue
    await ctx.transact((tx) => notify(ctx, tx, { kind: 'visitDigest', recipients: missing, eventKey, body: digestBody(union, tally) }))
    sent += 1
  }
  return sent
}
