/**
 * Ending a file (注销), shared by `cancel` and a certified 脱困: the file moves
 * to the exit archive (still readable, no longer active), its household's
 * claims are released so the family can apply again if hardship returns —
 * except for 弄虚作假, which keeps them and blacklists the worker at once
 * (seed 001 一（三）4: 一旦查实，立即注销档案，列入黑名单). Everyone concerned is notified.
 * Runs inside the caller's transaction on a freshly read file.
 */
import type { CancelReason } from '../../../src/domain/file/file.schema'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import type { Doc, DocOps } from '../../core/ports/store.port'
import type { ApplicationDoc, CancellationRecord } from '../application/application.doc'
import { releaseHousehold } from '../application/household-claims'
import type { BlacklistDoc } from '../application/mark-false-declaration'
import type { FiledDoc } from './file-access'

export type Cancellation = { reason: CancelReason; date: string; remarks?: string | undefined; byChair?: boolean }

export async function cancelInTransaction(
  ctx: ActionContext,
  tx: DocOps,
  file: Doc<FiledDoc>,
  what: Cancellation,
  concerned: { worker: string; others: string[] },
): Promise<Doc<ApplicationDoc>> {
  const fraud = what.reason === '弄虚作假'
  if (fraud && !(await tx.get('blacklist', file.applicantHash))) {
    await tx.insert<BlacklistDoc>('blacklist', file.applicantHash, { at: ctx.now, applicationId: file.id, reason: what.remarks ?? '建档后查实弄虚作假' })
  }
  if (!fraud) await releaseHousehold(tx, file.householdHashes, file.id)
  const cancellation: CancellationRecord = {
    reason: what.reason,
    date: what.date,
    at: ctx.now,
    unionName: ctx.caller.staff?.unionName ?? ctx.caller.chair?.unionName ?? file.unionName,
    ...(what.remarks ? { remarks: what.remarks } : {}),
    ...(what.byChair ? { byChair: true } : {}),
  }
  const saved = await tx.update<ApplicationDoc>('applications', file.id, file.version, {
    fileStatus: 'cancelled',
    cancellation,
    // No longer counted in the subtree's visit figures (visit/compliance-state.ts).
    compliance: null,
    ...(what.reason === '脱困' ? { exitYear: Number(what.date.slice(0, 4)) } : {}),
    updatedAt: ctx.now,
  })
  await audit(ctx, tx, { action: 'files.cancel', targetCollection: 'applications', targetId: file.id, fields: ['fileStatus', 'cancellation'] })
  const eventKey = `file:${file.id}:cancel:${file.version}`
  const body = `${file.filed.fileNumber}号困难职工档案已于${what.date}注销（${what.reason}）。`
  await notify(ctx, tx, { kind: 'fileCancelled', recipients: [concerned.worker], eventKey, body: `您家的${body}如家庭再次遇到困难，可重新申请建档。` })
  await notify(ctx, tx, {
    kind: 'fileCancelled',
    recipients: concerned.others,
    eventKey: `${eventKey}:staff`,
    body: `${file.unionName}${body}结对帮扶随之结束。`,
  })
  return saved
}
