/**
 * 档案恢复 (seed 001 (三)): a cancelled file is reopened through the filing
 * process. The staff open a new application prefilled from the file (the same
 * sealed form and declaration), which is investigated, evaluated, publicised
 * and approved as usual; on filing it gets the old file number back and both
 * periods (application/file-application.ts). The household is claimed again
 * now, so a duplicate or a blacklisted person is refused here.
 */
import { checkStep } from '../../../src/domain/application/application-machine'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, staffOfUnion } from '../../core/notices'
import type { ApplicationDoc } from '../application/application.doc'
import { claimHousehold, refuseBlacklisted } from '../application/household-claims'
import { loadFiled, requireFileStep } from './file-access'
import { FILE_CHANGED } from './cancel-file'

export async function restoreFile(ctx: ActionContext, input: { applicationId: string }): Promise<{ applicationId: string }> {
  const { file, actors } = await loadFiled(ctx, input.applicationId)
  requireFileStep('restore', file, actors)
  if (file.cancellation?.reason === '弄虚作假') throw new AppError('CONFLICT', '因弄虚作假注销的档案不能恢复')
  const submitted = checkStep('submit', null, ['applicant'])
  if (!submitted.ok) throw new AppError('CONFLICT', submitted.reason)
  const recipients = await staffOfUnion(ctx.deps, file.unionId)
  const id = ctx.deps.ids.next('ap_')
  const unionName = ctx.caller.staff?.unionName ?? file.unionName
  const doc: ApplicationDoc = {
    applicantId: file.applicantId,
    applicantHash: file.applicantHash,
    householdHashes: file.householdHashes,
    unionId: file.unionId,
    unionName: file.unionName,
    unionPath: file.unionPath,
    unionIds: file.unionIds,
    regionCode: file.regionCode,
    status: submitted.to,
    applicantName: file.applicantName,
    idNumberMasked: file.idNumberMasked,
    householdSize: file.householdSize,
    perCapitaIncomeFen: file.perCapitaIncomeFen,
    assessment: file.assessment,
    sealed: file.sealed,
    consent: file.consent,
    submissionCount: 1,
    timeline: [{ step: 'submit', status: submitted.to, at: ctx.now, unionName, remarks: `档案恢复：原档案号${file.filed.fileNumber}` }],
    restoresId: file.id,
    submittedAt: ctx.now,
    updatedAt: ctx.now,
  }
  return ctx.transact(async (tx) => {
    const fresh = await tx.get<ApplicationDoc>('applications', file.id)
    if (!fresh || fresh.version !== file.version) throw new AppError('CONFLICT', FILE_CHANGED)
    await refuseBlacklisted(tx, doc.householdHashes)
    await claimHousehold(tx, doc.householdHashes, id)
    await tx.insert<ApplicationDoc>('applications', id, doc)
    await tx.update<ApplicationDoc>('applications', file.id, fresh.version, { fileStatus: 'restoring', updatedAt: ctx.now })
    await audit(ctx, tx, { action: 'files.restore', targetCollection: 'applications', targetId: id, fields: ['restoresId'] })
    const body = `职工${maskName(doc.applicantName)}家的原${file.filed.fileNumber}号档案申请恢复，请按建档程序受理、入户调查。`
    await notify(ctx, tx, { kind: 'applicationSubmitted', recipients, eventKey: `application:${id}:submit`, body })
    return { applicationId: id }
  })
}
