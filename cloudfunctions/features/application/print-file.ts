/**
 * Staff responsible for a filed case download its 困难职工档案表 (.docx, the
 * seed's layout). The printout carries the full numbers, so making one is
 * audited; the document is a temporary one (never at rest in plain text,
 * removed once its 5-minute link expires). Like reveal, the answer recorded under the request id
 * holds no link, so a replayed retry asks the client to tap again.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { temporaryDocument } from '../../core/temporary-document'
import { openSealed } from './application.doc'
import { loadApplication } from './load-application'
import { renderFileFormDocx } from './print/file-form-docx'
import { toPrintable } from './print/to-printable'

export async function printFile(
  ctx: ActionContext,
  input: { applicationId: string },
): Promise<{ fileNumber: string; url?: string; expiresInSeconds?: number }> {
  const { app, actors } = await loadApplication(ctx, input.applicationId)
  if (!actors.includes('owner') && !actors.includes('approver')) throw new AppError('FORBIDDEN', '只有负责该档案的工会工作人员可以打印档案表')
  const filed = app.filed
  if (app.status !== 'filed' || !filed) throw new AppError('CONFLICT', '建档后才能打印档案表')

  const union = await ctx.deps.store.get<Union>('unions', app.unionId)
  const lists = valueListsFor(resolvePolicy(union?.regionCode ?? app.regionCode, ctx.today).valueListSet)
  const { form } = openSealed((s) => ctx.deps.keys.open(s), app)
  const approval = [...app.timeline].reverse().find((t) => t.step === 'approve')
  const printable = toPrintable(form, lists, {
    fileNumber: filed.fileNumber,
    fileLevel: filed.fileLevel,
    builtBy: app.unionName,
    approvedBy: approval?.unionName ?? '',
    filledOn: filed.filedAt.slice(0, 10),
    helperName: filed.helperName,
    unionName: app.unionName,
  })
  const bytes = await renderFileFormDocx(printable)
  const recorded = await ctx.transact(async (tx) => {
    await audit(ctx, tx, { action: 'application.print', targetCollection: 'applications', targetId: app.id, fields: ['form'] })
    return { fileNumber: filed.fileNumber }
  })
  const contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  return { ...recorded, ...(await temporaryDocument(ctx, { name: `${filed.fileNumber}.docx`, bytes, contentType })) }
}
