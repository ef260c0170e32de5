/**
 * 帮扶台账 · 登记帮扶: staff of the owning union or above record aid given to
 * a filed household. The fund rule refuses a fund above the file's level
 * with 409 CONFLICT naming `fundLevel` and both levels. One transaction
 * writes the entry, the audit entry and the worker's notice.
 */
import type { AidEntryView } from '../../../src/domain/assistance/assistance-views'
import type { RecordInput } from '../../../src/domain/assistance/assistance.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import { assertOwnUploads } from '../uploads/uploads'
import { aidDoc, aidNoticeBody, aidProblem } from './aid-entry'
import { toAidView, type AidDoc } from './assistance.doc'
import { loadHousehold } from './household'

export async function recordAid(ctx: ActionContext, input: RecordInput): Promise<AidEntryView> {
  const { file } = await loadHousehold(ctx, input.applicationId, ['staff'])
  const problem = aidProblem(ctx, file, input)
  if (problem) throw new AppError(problem.code, problem.message, { [problem.field]: problem.message })
  const receipt = input.receiptUploadId
    ? (
        await assertOwnUploads(ctx.deps.store, ctx.caller.userId, [input.receiptUploadId], {
          field: () => 'receiptUploadId',
          label: '签收单照片',
          purpose: 'attachment',
        })
      )[0]
    : undefined
  const id = ctx.deps.ids.next('aid_')
  const doc = aidDoc(ctx, file, input, receipt ? { receipt: { uploadId: receipt.uploadId, path: receipt.path } } : {})
  return ctx.transact(async (tx) => {
    const saved = await tx.insert<AidDoc>('aid', id, doc)
    await audit(ctx, tx, { action: 'assistance.record', targetCollection: 'aid', targetId: id, fields: Object.keys(input), note: `applications/${file.id}` })
    await notify(ctx, tx, { kind: 'aidRecorded', recipients: [file.applicantId], eventKey: `aid:${id}`, body: aidNoticeBody(doc) })
    return toAidView(saved)
  })
}
