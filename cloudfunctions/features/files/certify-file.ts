/**
 * 认定 (工会主席签字): only the chair of the file's grassroots union confirms
 * the year's 认定书, and only then does it take effect. A 脱困 certificate
 * cancels the file (reason 脱困, today) in the same transaction, so a retried
 * certify can never cancel twice: the certificate is frozen once certified.
 */
import type { z } from 'zod'
import type { certifyInput } from '../../../src/domain/file/file.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import type { ApplicationDoc } from '../application/application.doc'
import { certificateId, toCertificateView, type CertificateDoc } from './certificate.doc'
import { fileStatusOf, loadFiled, requireFileStep, type FiledDoc } from './file-access'
import { cancelInTransaction } from './file-cancellation'
import { concernedBy } from './file-recipients'
import { FILE_CHANGED } from './cancel-file'
import { ALREADY_CERTIFIED } from './evaluate-file'

type Input = z.output<ReturnType<typeof certifyInput>>

export async function certifyFile(ctx: ActionContext, input: Input) {
  const { file, actors } = await loadFiled(ctx, input.applicationId)
  const id = certificateId(file.id, input.year)
  const cert = await ctx.deps.store.get<CertificateDoc>('certificates', id)
  if (!cert) throw new AppError('CONFLICT', `${input.year}年度认定书尚未填写，不能认定`)
  if (cert.status === 'certified') throw new AppError('CONFLICT', ALREADY_CERTIFIED)
  const exit = cert.proposal === '脱困'
  requireFileStep(exit ? 'certifyExit' : 'certifyContinue', file, actors)
  const concerned = await concernedBy(ctx.deps, file)

  return ctx.transact(async (tx) => {
    const fresh = await tx.get<ApplicationDoc>('applications', file.id)
    const freshCert = await tx.get<CertificateDoc>('certificates', id)
    if (!fresh || fresh.version !== file.version || !freshCert || freshCert.version !== cert.version) throw new AppError('CONFLICT', FILE_CHANGED)
    const certified = { chairId: ctx.caller.userId, chairName: ctx.caller.displayName, date: ctx.today, at: ctx.now }
    const savedCert = await tx.update<CertificateDoc>('certificates', id, cert.version, { status: 'certified', certified, updatedAt: ctx.now })
    await audit(ctx, tx, { action: 'files.certify', targetCollection: 'certificates', targetId: id, fields: ['status', 'certified'] })
    const saved = exit
      ? await cancelInTransaction(ctx, tx, fresh as typeof file & FiledDoc, { reason: '脱困', date: ctx.today, byChair: true }, concerned)
      : fresh
    if (!exit) {
      const body = `${file.filed.fileNumber}号档案${input.year}年度认定为“${cert.proposal}”，继续帮扶。`
      await notify(ctx, tx, { kind: 'fileCertified', recipients: concerned.others, eventKey: `certificate:${id}:certified`, body })
    }
    return { certificate: toCertificateView(savedCert), applicationId: file.id, fileStatus: fileStatusOf(saved) }
  })
}
