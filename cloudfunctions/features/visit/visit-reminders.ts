/**
 * The visit reminder sweep, a daily pass of the scheduler (from 09:00 China
 * time) in batches of households (core/batch-job.ts): a 走访提醒 to the
 * helpers when a visit window is open and nobody has visited, and a 走访逾期
 * once it closed without a visit — each at most once per household, window
 * and kind (the event key says which). A batch reads a page of households,
 * their visits this year and which reminders exist already (a few queries),
 * and opens transactions only for reminders still to send. It acts as the
 * system and may only write notices; it is no action, so no caller can run it.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { maskName } from '../../../src/domain/shared/mask'
import { visitStatus, type WindowStatus } from '../../../src/domain/visit/visit-status'
import type { ActionContext } from '../../core/action'
import { fromHour, runJob, UNLIMITED, type BatchJob } from '../../core/batch-job'
import type { Deps } from '../../core/deps'
import { existingNotices, notify } from '../../core/notices'
import { chinaDate } from '../../core/ports/clock.port'
import type { Doc } from '../../core/ports/store.port'
import { filedOn, helpersOf, type FileDoc } from './visit.doc'
import { visitDigestJob } from './visit-digest'
import { householdBatch } from './visit-queries'

/** Households a batch reads: their visits of the year fit one page. */
export const SWEEP_BATCH = 200
/** Reminders written per transaction. */
const PER_TRANSACTION = 50

/** The daily passes start at 09:00 China time: nobody gets a reminder in the night. */
export const dailyFromNine = (now: Date) => (fromHour(now, 9) ? chinaDate(now) : null)

function reminderBody(file: FileDoc, w: WindowStatus): string {
  const who = `${file.unionName}困难职工${maskName(file.applicantName)}家（档案号${file.filed.fileNumber}）`
  return w.state === 'due'
    ? `${who}的${w.label}走访期为${w.start}至${w.end}，请按时入户走访并上传走访记录。`
    : `${who}的${w.label}走访（${w.start}至${w.end}）已逾期，请尽快入户走访并上传走访记录。`
}

type Reminder = { file: Doc<FileDoc>; window: WindowStatus; eventKey: string; helpers: string[] }

/** The reminders the batch's households call for today, sent or not. */
function remindersOf(ctx: ActionContext, files: Doc<FileDoc>[], visits: Map<string, { happenedAt: string }[]>): Reminder[] {
  const year = ctx.today.slice(0, 4)
  return files.flatMap((file) => {
    const status = visitStatus({ filedOn: filedOn(file) }, visits.get(file.id) ?? [], ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)
    return status.windows
      .filter((w) => w.state === 'due' || w.state === 'overdue')
      .map((window) => ({ file, window, eventKey: `visitReminder:${file.id}:${year}-${window.id}:${window.state}`, helpers: helpersOf(file) }))
  })
}

async function sendReminders(ctx: ActionContext, reminders: Reminder[]): Promise<Record<string, number>> {
  const existing = await existingNotices(
    ctx.deps,
    reminders.flatMap((r) => r.helpers.map((h) => `${r.eventKey}:${h}`)),
  )
  const work = reminders.map((r) => ({ ...r, helpers: r.helpers.filter((h) => !existing.has(`${r.eventKey}:${h}`)) })).filter((r) => r.helpers.length > 0)
  for (let i = 0; i < work.length; i += PER_TRANSACTION) {
    await ctx.transact(async (tx) => {
      for (const r of work.slice(i, i + PER_TRANSACTION)) {
        const kind = r.window.state === 'due' ? 'visitDue' : 'visitOverdue'
        await notify(ctx, tx, { kind, recipients: r.helpers, eventKey: r.eventKey, body: reminderBody(r.file, r.window) })
      }
    })
  }
  return { due: work.filter((r) => r.window.state === 'due').length, overdue: work.filter((r) => r.window.state === 'overdue').length }
}

export const visitReminderJob: BatchJob<{ cursor: string | null }> = {
  name: 'visitReminders',
  pass: dailyFromNine,
  start: () => ({ cursor: null }),
  async batch(ctx, state) {
    const { files, visits, nextCursor } = await householdBatch(ctx.deps.store, Number(ctx.today.slice(0, 4)), state.cursor, SWEEP_BATCH)
    const counts = await sendReminders(ctx, remindersOf(ctx, files, visits))
    return { state: { cursor: nextCursor }, done: nextCursor === null, counts }
  },
}

export type SweepResult = { due: number; overdue: number; digests: number }

/** Both visit passes now, start to end, whatever ran today (tests and the local host's dev clock use it). */
export async function sweepVisitReminders(deps: Deps): Promise<SweepResult> {
  const reminders = await runJob(deps, visitReminderJob, UNLIMITED, { restart: true })
  const digests = await runJob(deps, visitDigestJob, UNLIMITED, { restart: true })
  return { due: reminders.counts.due ?? 0, overdue: reminders.counts.overdue ?? 0, digests: digests.counts.digests ?? 0 }
}
