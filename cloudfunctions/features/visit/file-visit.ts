/**
 * 上传走访记录: a helper of the household records a visit. Checked before
 * anything is written: the caller is the file's primary or second helper
 * (household-access.ts), the visit is not before the file was made, and every
 * photo is the caller's own `visitPhoto` upload. Updated incomes re-run the
 * engine and the exit test (visit-income.ts). One transaction writes the
 * visit, the audit entry and the notices (visit-recipients.ts), once per
 * visit; the request id makes a retry answer the first visit, not a second one.
 */
import { complianceStateOf } from './compliance-state'
import { VISIT_TYPE_LABELS, type FileVisitInput } from '../../../src/domain/visit/visit.schema'
import { dateOf, summaryStatus } from '../../../src/domain/visit/visit-status'
import type { FiledVisit } from '../../../src/domain/visit/visit-views'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { chinaMinute } from '../../core/ports/clock.port'
import { audit } from '../../core/audit'
import type { UserDoc } from '../../core/caller'
import { notify } from '../../core/notices'
import { placedIn } from '../../core/subtree'
import { assertOwnUploads } from '../uploads/uploads'
import { loadFile } from './household-access'
import { filedOn, withVisit, type FileDoc, type SealedVisit, type VisitDoc } from './visit.doc'
import { assessVisitIncome } from './visit-income'
import { visitFiguresOf } from './visit-queries'
import { visitRecipients } from './visit-recipients'

function sealedOf(input: FileVisitInput): SealedVisit {
  return {
    situation: input.situation,
    ...(input.changes ? { changes: input.changes } : {}),
    ...(input.location ? { location: input.location } : {}),
    ...(input.monthlyIncome ? { monthlyIncomeFen: input.monthlyIncome } : {}),
  }
}

function noticeBody(file: FileDoc, visit: VisitDoc, exitMonths: number): string {
  const head = `${visit.helperName}上传了${file.unionName}困难职工${maskName(file.applicantName)}家（档案号${file.filed.fileNumber}）的走访记录（${VISIT_TYPE_LABELS[visit.type]}，${visit.happenedAt}）。`
  return visit.income?.exitCandidate ? `${head}更新的收入显示家庭人均收入已连续${exitMonths}个月高于低保标准，可列为脱困候选。` : head
}

/** How far ahead of the server a phone's clock may run before a time of day counts as in the future. */
const CLOCK_SKEW_MS = 10 * 60_000

export async function fileVisit(ctx: ActionContext, input: FileVisitInput): Promise<FiledVisit> {
  const file = await loadFile(ctx, input.applicationId, ['helper'])
  const since = filedOn(file)
  if (dateOf(input.happenedAt) < since) {
    const message = `走访时间不能早于建档日期（${since}）`
    throw new AppError('INVALID_INPUT', message, { happenedAt: message })
  }
  // A time of day is checked against the server's clock too, allowing a phone clock a few minutes fast.
  if (input.happenedAt.length > 10 && input.happenedAt > chinaMinute(new Date(ctx.deps.clock.now().getTime() + CLOCK_SKEW_MS))) {
    throw new AppError('INVALID_INPUT', '走访时间不能晚于现在', { happenedAt: '走访时间不能晚于现在' })
  }
  const label = (i: number) => `第${i + 1}张走访照片`
  const photos = await assertOwnUploads(ctx.deps.store, ctx.caller.userId, input.photos, { field: 'photos', label, purpose: 'visitPhoto' })
  const helper = await ctx.deps.store.get<UserDoc>('users', ctx.caller.userId)
  const recipients = await visitRecipients(ctx.deps, file, helper)
  const prior = (await visitFiguresOf(ctx.deps.store, [file], Number(ctx.today.slice(0, 4)))).get(file.id)
  const income = input.monthlyIncome ? assessVisitIncome(ctx, file, input.monthlyIncome) : undefined
  const id = ctx.deps.ids.next('v_')
  const visit: VisitDoc = {
    ...{ applicationId: file.id, ...placedIn({ id: file.unionId, path: file.unionPath }), helperId: ctx.caller.userId, helperName: ctx.caller.displayName },
    ...{ type: input.type, happenedAt: input.happenedAt, year: Number(input.happenedAt.slice(0, 4)), receivedAt: ctx.now },
    ...{ participants: input.participants, measures: input.measures, acknowledgment: input.acknowledgment },
    photos: photos.map((p) => ({ uploadId: p.uploadId, path: p.path })),
    located: input.location !== undefined,
    sealed: ctx.deps.keys.seal(JSON.stringify(sealedOf(input))),
    ...(income ? { income } : {}),
  }
  const fields = Object.keys(input).filter((k) => k !== 'applicationId' && k !== 'locationConsent')
  const policy = resolvePolicy(file.regionCode, ctx.today)

  return ctx.transact(async (tx) => {
    // The file's figures move with the visit, in the same transaction: read again here, so two visits at once both count.
    const current = await tx.get<FileDoc>('applications', file.id)
    if (!current) throw new AppError('NOT_FOUND', '档案不存在')
    const figures = withVisit(current.visitSummary ?? prior, visit)
    await tx.insert<VisitDoc>('visits', id, visit)
    const compliance = complianceStateOf(since, figures, ctx.today, policy.visits)
    await tx.update<FileDoc>('applications', file.id, current.version, { visitSummary: figures, compliance })
    const status = summaryStatus({ filedOn: since }, figures, ctx.today, policy.visits)
    await audit(ctx, tx, { action: 'visit.file', targetCollection: 'visits', targetId: id, fields, note: `applications/${file.id}` })
    await notify(ctx, tx, { kind: 'visitFiled', recipients, eventKey: `visit:${id}`, body: noticeBody(file, visit, policy.terms.exitMonths) })
    return { id, applicationId: file.id, happenedAt: visit.happenedAt, receivedAt: visit.receivedAt, exitCandidate: income?.exitCandidate ?? false, status }
  })
}
