/**
 * The scheduled visit sweep (a timer trigger in the cloud, an interval in the
 * local host): for every filed household, a 走访提醒 to its helpers when a
 * visit window is open and nobody has visited, and a 走访逾期 once it closed
 * without a visit — each at most once per household, window and kind (the
 * event key says which) — then the weekly digest to each union
 * (visit-digest.ts). It acts as the system and may only write notices; it is
 * no action, so no caller can run it.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { maskName } from '../../../src/domain/shared/mask'
import { visitStatus, type WindowStatus } from '../../../src/domain/visit/visit-status'
import { systemContext, type ActionContext } from '../../core/action'
import type { Deps } from '../../core/deps'
import { flushOutbox, notify } from '../../core/notices'
import type { Doc } from '../../core/ports/store.port'
import { exitCandidateOf, filedOn, helpersOf, type FileDoc } from './visit.doc'
import { countHousehold, sendDigests, type Tallies } from './visit-digest'
import { filedIn, visitsOfYear } from './visit-queries'

function reminderBody(file: FileDoc, w: WindowStatus): string {
  const who = `${file.unionName}困难职工${maskName(file.applicantName)}家（档案号${file.filed.fileNumber}）`
  return w.state === 'due'
    ? `${who}的${w.label}走访期为${w.start}至${w.end}，请按时入户走访并上传走访记录。`
    : `${who}的${w.label}走访（${w.start}至${w.end}）已逾期，请尽快入户走访并上传走访记录。`
}

/** True when some helper of the household was reminded now. */
async function remind(ctx: ActionContext, file: Doc<FileDoc>, w: WindowStatus, year: number): Promise<boolean> {
  const eventKey = `visitReminder:${file.id}:${year}-${w.id}:${w.state}`
  const missing: string[] = []
  for (const helperId of helpersOf(file)) if (!(await ctx.deps.store.get('notices', `${eventKey}:${helperId}`))) missing.push(helperId)
  if (missing.length === 0) return false
  const kind = w.state === 'due' ? 'visitDue' : 'visitOverdue'
  await ctx.transact((tx) => notify(ctx, tx, { kind, recipients: missing, eventKey, body: reminderBody(file, w) }))
  return true
}

export type SweepResult = { due: number; overdue: number; digests: number }

export async function sweepVisitReminders(deps: Deps): Promise<SweepResult> {
  const ctx = systemContext(deps, deps.clock.now())
  const year = Number(ctx.today.slice(0, 4))
  const files = await filedIn(deps.store, null)
  const visits = await visitsOfYear(deps.store, year, null)
  const tallies: Tallies = new Map()
  const result: SweepResult = { due: 0, overdue: 0, digests: 0 }
  for (const file of files) {
    const own = visits.get(file.id) ?? []
    const status = visitStatus({ filedOn: filedOn(file) }, own, ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)
    for (const w of status.windows) {
      if ((w.state === 'due' || w.state === 'overdue') && (await remind(ctx, file, w, year))) result[w.state] += 1
    }
    countHousehold(tallies, file, status, exitCandidateOf(own))
  }
  result.digests = await sendDigests(ctx, tallies)
  if (result.due + result.overdue + result.digests > 0) await flushOutbox(deps)
  return result
}
