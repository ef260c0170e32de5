/**
 * 批量帮扶 (送温暖, 金秋助学…): staff record the same aid for many households
 * of their subtree in one action. Each household is checked as a single
 * entry would be (aid-entry.ts); the answer says per household what was
 * recorded or why not. Entries have ids derived from the campaign's content
 * and the household, and are written in batches of their own transactions,
 * so a retry — same request or a resent identical campaign, even after a
 * crash half-way — records nothing twice. The request's own transaction
 * writes the audit entry and the answer last.
 */
import type { CampaignResult } from '../../../src/domain/assistance/assistance-views'
import type { CampaignInput } from '../../../src/domain/assistance/assistance.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import type { Doc } from '../../core/ports/store.port'
import type { FileDoc } from '../visit/visit.doc'
import { aidDoc, aidNoticeBody, aidProblem } from './aid-entry'
import type { AidDoc } from './assistance.doc'
import { isActiveFile, NOT_YOUR_HOUSEHOLD, subtreeOf } from './household'

/** Entries per transaction: small enough for a CloudBase transaction, large enough to keep round trips few. */
export const CAMPAIGN_BATCH = 100
const READ_CHUNK = 500

async function filesOf(ctx: ActionContext, ids: string[], unionId: string): Promise<Map<string, Doc<FileDoc>>> {
  const found = new Map<string, Doc<FileDoc>>()
  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    const where = [{ field: 'id', op: 'in' as const, value: ids.slice(i, i + READ_CHUNK) }, subtreeOf(unionId)]
    const page = await ctx.deps.store.find<FileDoc>('applications', { where, limit: READ_CHUNK })
    for (const app of page.items) if (isActiveFile(app)) found.set(app.id, app)
  }
  return found
}

async function alreadyRecorded(ctx: ActionContext, campaignId: string): Promise<Map<string, string>> {
  const done = new Map<string, string>()
  let cursor: string | undefined
  do {
    const page = await ctx.deps.store.find<AidDoc>('aid', {
      where: [{ field: 'campaignId', op: 'eq', value: campaignId }],
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    })
    for (const aid of page.items) done.set(aid.applicationId, aid.id)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return done
}

function campaignIdOf(ctx: ActionContext, input: CampaignInput): string {
  const { applicationIds: _ids, ...content } = input
  return `cmp_${ctx.deps.keys.lookupHash('campaign', JSON.stringify([ctx.caller.userId, content])).slice(0, 20)}`
}

export async function runCampaign(ctx: ActionContext, input: CampaignInput): Promise<CampaignResult> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  const ids = [...new Set(input.applicationIds)]
  const campaignId = campaignIdOf(ctx, input)
  const files = await filesOf(ctx, ids, staff.unionId)
  const done = await alreadyRecorded(ctx, campaignId)
  const result: CampaignResult = { recorded: [], refused: [], entries: [], campaignId }
  const toWrite: { id: string; doc: AidDoc }[] = []
  for (const applicationId of ids) {
    const file = files.get(applicationId)
    const problem = file ? aidProblem(ctx, file, input) : { message: NOT_YOUR_HOUSEHOLD }
    const entryId = `${campaignId}_${applicationId}`
    if (problem && !done.has(applicationId)) result.refused.push({ applicationId, message: problem.message })
    else {
      result.recorded.push(applicationId)
      result.entries.push({ applicationId, entryId: done.get(applicationId) ?? entryId })
      if (!done.has(applicationId) && file) toWrite.push({ id: entryId, doc: aidDoc(ctx, file, input, { campaignId }) })
    }
  }
  for (let i = 0; i < toWrite.length; i += CAMPAIGN_BATCH) await writeBatch(ctx, toWrite.slice(i, i + CAMPAIGN_BATCH))
  return ctx.transact(async (tx) => {
    const note = `${input.kind}·${input.project}：${result.recorded.length}户，未登记${result.refused.length}户`
    await audit(ctx, tx, { action: 'assistance.campaign', targetCollection: 'aid', targetId: campaignId, fields: Object.keys(input), note })
    return result
  })
}

function writeBatch(ctx: ActionContext, batch: { id: string; doc: AidDoc }[]): Promise<void> {
  return ctx.deps.store.transaction(async (tx) => {
    for (const { id, doc } of batch) {
      // Written by an earlier attempt that died before answering: keep it, do not write it again.
      if (await tx.get('aid', id)) continue
      await tx.insert<AidDoc>('aid', id, doc)
      await notify(ctx, tx, { kind: 'aidRecorded', recipients: [doc.applicantId], eventKey: `aid:${id}`, body: aidNoticeBody(doc) })
    }
  })
}
