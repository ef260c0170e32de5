/**
 * 打印认定书 (.docx, seed 001 附件4) for the file's staff or its chair: full
 * numbers, so it is audited, stored privately and reached through a 5-minute
 * link. The answer recorded under the request id holds no link.
 */
import type { z } from 'zod'
import type { certifyInput } from '../../../src/domain/file/file.schema'
import { personFacts } from '../../../src/domain/file-form/file-facts'
import { AppError } from '../../../src/domain/shared/app-error'
import { formatYuan } from '../../../src/domain/shared/money'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { temporaryDocument } from '../../core/temporary-document'
import { openSealed } from '../application/application.doc'
import { certificateId, type CertificateDoc } from './certificate.doc'
import { renderCertificateDocx } from './certificate-docx'
import { loadFiled } from './file-access'

type Input = z.output<ReturnType<typeof certifyInput>>

export async function printCertificate(ctx: ActionContext, input: Input) {
  const { file, actors } = await loadFiled(ctx, input.applicationId)
  if (!actors.includes('owner') && !actors.includes('chair')) throw new AppError('FORBIDDEN', '只有负责该档案的工会工作人员或工会主席可以打印认定书')
  const cert = await ctx.deps.store.get<CertificateDoc>('certificates', certificateId(file.id, input.year))
  if (!cert) throw new AppError('CONFLICT', `${input.year}年度认定书尚未填写`)
  const { form } = openSealed((s) => ctx.deps.keys.open(s), file)
  const facts = personFacts(form.idNumber, ctx.today)
  const helper = await ctx.deps.store.get<{ helperUnionId?: string }>('users', file.filed.helperId)
  const helperUnion = helper?.helperUnionId ? await ctx.deps.store.get<Union>('unions', helper.helperUnionId) : null
  const bytes = await renderCertificateDocx({
    ...{ name: file.applicantName, sex: facts.sex, birthMonth: facts.birthDate.slice(0, 7), unitOrAddress: form.employer || form.address },
    ...{ contact: form.mobile ?? '', fileNumber: file.filed.fileNumber, idNumber: form.idNumber, helperUnit: helperUnion?.name ?? file.unionName },
    ...{ helperName: file.filed.helperName, unionName: file.unionName, perCapitaMonthlyIncome: formatYuan(cert.perCapitaMonthlyIncomeFen) },
    ...{ description: cert.description, proposal: cert.proposal, chairName: cert.certified?.chairName ?? '', certifiedOn: cert.certified?.date ?? '' },
  })
  const recorded = await ctx.transact(async (tx) => {
    await audit(ctx, tx, { action: 'files.printCertificate', targetCollection: 'certificates', targetId: cert.id, fields: ['idNumber', 'mobile'] })
    return { fileNumber: file.filed.fileNumber, year: input.year }
  })
  const contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  return { ...recorded, ...(await temporaryDocument(ctx, { name: `certificate-${file.filed.fileNumber}-${input.year}.docx`, bytes, contentType })) }
}
