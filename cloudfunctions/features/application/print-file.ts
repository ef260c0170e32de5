/**
 * Staff responsible for a case download its forms as .docx in the seeds'
 * layouts: the 困难职工档案表 once filed (`print`), and the 家庭财产、收支情况及
 * 致困原因申报表 from submission on (`printDeclaration`). A printout carries
 * the full numbers, so making one is audited; the document is a temporary
 * one (core/temporary-document.ts: never at rest in plain text, removed once
 * its 5-minute link expires). Like reveal,
 * the answer recorded under the request id holds no link, so a replayed retry
 * asks the client to tap again.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import type { Union } from '../../../src/domain/union/union'
import type { ResolvedValueLists } from '../../../src/domain/value-lists/value-list'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import type { Doc } from '../../core/ports/store.port'
import { temporaryDocument } from '../../core/temporary-document'
import { openSealed, type ApplicationDoc, type SealedApplication } from './application.doc'
import { loadApplication } from './load-application'
import { renderDeclarationDocx } from './print/declaration-docx'
import { renderFileFormDocx } from './print/file-form-docx'
import { toPrintableDeclaration } from './print/to-printable-declaration'
import { toPrintable } from './print/to-printable'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type Opened = { app: Doc<ApplicationDoc>; sealed: SealedApplication; lists: ResolvedValueLists }
type Link = { url: string; expiresInSeconds: number }

/** The case, its opened forms and its union's lists, for the staff responsible only. */
async function openForPrint(ctx: ActionContext, applicationId: string, what: string): Promise<Opened> {
  const { app, actors } = await loadApplication(ctx, applicationId)
  if (!actors.includes('owner') && !actors.includes('approver')) throw new AppError('FORBIDDEN', `只有负责该档案的工会工作人员可以打印${what}`)
  const union = await ctx.deps.store.get<Union>('unions', app.unionId)
  const lists = valueListsFor(resolvePolicy(union?.regionCode ?? app.regionCode, ctx.today).valueListSet)
  return { app, sealed: openSealed((s) => ctx.deps.keys.open(s), app), lists }
}

const forMinutes = (ctx: ActionContext, name: string, bytes: Buffer): Promise<Link> => temporaryDocument(ctx, { name, bytes, contentType: DOCX })

async function audited<T>(ctx: ActionContext, action: string, app: Doc<ApplicationDoc>, fields: string[], answer: T): Promise<T> {
  return ctx.transact(async (tx) => {
    await audit(ctx, tx, { action, targetCollection: 'applications', targetId: app.id, fields })
    return answer
  })
}

export async function printFile(ctx: ActionContext, input: { applicationId: string }): Promise<{ fileNumber: string } & Partial<Link>> {
  const { app, sealed, lists } = await openForPrint(ctx, input.applicationId, '档案表')
  const filed = app.filed
  if (app.status !== 'filed' || !filed) throw new AppError('CONFLICT', '建档后才能打印档案表')
  const printable = toPrintable(sealed.form, lists, {
    fileNumber: filed.fileNumber,
    fileLevel: filed.fileLevel,
    category: filed.category,
    fileType: filed.fileType,
    ...(filed.filingCriterion ? { filingCriterion: filed.filingCriterion } : {}),
    builtBy: app.acceptedBy?.name ?? '',
    approvedBy: app.approval?.by?.name ?? '',
    enteredBy: filed.enteredBy?.name ?? '',
    filledOn: filed.filedAt.slice(0, 10),
    helperName: filed.helperName,
    helperUnit: filed.helperUnit ?? '',
    unionName: app.unionName,
    perCapitaMonthlyIncomeFen: app.perCapitaIncomeFen,
    ...(filed.targeting ? { targeting: filed.targeting } : {}),
  })
  const bytes = await renderFileFormDocx(printable)
  const recorded = await audited(ctx, 'application.print', app, ['form'], { fileNumber: filed.fileNumber })
  return { ...recorded, ...(await forMinutes(ctx, `${filed.fileNumber}.docx`, bytes)) }
}

export async function printDeclaration(ctx: ActionContext, input: { applicationId: string }): Promise<{ applicationId: string } & Partial<Link>> {
  const { app, sealed, lists } = await openForPrint(ctx, input.applicationId, '申报表')
  const printable = toPrintableDeclaration(sealed, lists, { unionName: app.unionName })
  const bytes = await renderDeclarationDocx(printable)
  const recorded = await audited(ctx, 'application.printDeclaration', app, ['declaration'], { applicationId: app.id })
  return { ...recorded, ...(await forMinutes(ctx, `declaration-${sealed.declaration.year}.docx`, bytes)) }
}
