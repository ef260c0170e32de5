/**
 * 填写认定书 (seed 001 (二) 解困脱困认定程序): in December the grassroots
 * staff and the paired helper evaluate the year's assistance. The engine's
 * exit test (the latest visit's incomes above B in each of the last 6 months)
 * with the causes removed is the suggestion; proposing 脱困 against it, or
 * 解困 when it is met, needs a reason. The chair of the union is asked to sign.
 */
import { missingProposalReason, type EvaluateInput } from '../../../src/domain/file/file.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import { exitCandidateOf } from '../visit/visit.doc'
import { visitsOf } from '../visit/visit-queries'
import { certificateId, toCertificateView, type CertificateDoc, type CertificateView, type Evaluator } from './certificate.doc'
import { loadFiled, requireFileStep } from './file-access'
import { chairsOf } from './file-recipients'

export const ALREADY_CERTIFIED = '该年度认定书已经工会主席认定，不能再修改'

export async function evaluateFile(ctx: ActionContext, input: EvaluateInput): Promise<CertificateView> {
  const { file, actors } = await loadFiled(ctx, input.applicationId)
  requireFileStep('evaluate', file, actors)
  const visits = (await visitsOf(ctx.deps.store, [file.id])).get(file.id) ?? []
  const incomeTestMet = exitCandidateOf(visits)
  const exitTestMet = incomeTestMet && input.causesRemoved
  const missing = missingProposalReason(input.proposal, exitTestMet, input.reason)
  if (missing) throw new AppError('INVALID_INPUT', missing, { reason: missing })
  const chairs = await chairsOf(ctx.deps, file.unionId)
  const evaluator: Evaluator = { userId: ctx.caller.userId, name: ctx.caller.displayName, as: actors.includes('owner') ? 'staff' : 'helper', at: ctx.now }
  const id = certificateId(file.id, input.year)

  return ctx.transact(async (tx) => {
    const prior = await tx.get<CertificateDoc>('certificates', id)
    if (prior?.status === 'certified') throw new AppError('CONFLICT', ALREADY_CERTIFIED)
    const doc: CertificateDoc = {
      applicationId: file.id,
      unionId: file.unionId,
      unionPath: file.unionPath,
      unionIds: file.unionIds,
      year: input.year,
      fileNumber: file.filed.fileNumber,
      nameMasked: maskName(file.applicantName),
      status: 'evaluated',
      perCapitaMonthlyIncomeFen: input.perCapitaMonthlyIncome,
      description: input.description,
      causesRemoved: input.causesRemoved,
      proposal: input.proposal,
      ...(input.reason ? { reason: input.reason } : {}),
      exitTestMet,
      incomeTestMet,
      evaluators: [...(prior?.evaluators ?? []).filter((e) => e.userId !== evaluator.userId), evaluator],
      updatedAt: ctx.now,
    }
    const saved = prior ? await tx.update<CertificateDoc>('certificates', id, prior.version, doc) : await tx.insert<CertificateDoc>('certificates', id, doc)
    await audit(ctx, tx, { action: 'files.evaluate', targetCollection: 'certificates', targetId: id, fields: Object.keys(input) })
    await notify(ctx, tx, {
      kind: 'certificateToSign',
      recipients: chairs,
      eventKey: `certificate:${id}:chair`,
      body: `${file.unionName}${maskName(file.applicantName)}家${input.year}年度解困脱困认定书已填写（建议：${input.proposal}），请认定。`,
    })
    return toCertificateView(saved)
  })
}
