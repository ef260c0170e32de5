/**
 * The applicant's own returned application, as they sent it, so it can be
 * corrected on any phone (not only the one that kept the draft): the form and
 * declaration in the shape the form sends, and the photographed papers with
 * 5-minute links to show them. Only the applicant, only while returned.
 */
import type { z } from 'zod'
import type { applicationDetailInput } from '../../../src/domain/application/steps.schema'
import { declarationAsInput, formAsInput } from '../../../src/domain/file-form/form-input'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { signedLink, uploadDocId, type UploadDoc } from '../uploads/uploads'
import { openSealed } from './application.doc'
import { loadApplication } from './load-application'

type Input = z.output<ReturnType<typeof applicationDetailInput>>

export type ReturnedForm = {
  form: Record<string, unknown>
  declaration: Record<string, unknown>
  papers: { uploadId: string; type: string; url?: string }[]
}

export async function returnedForm(ctx: ActionContext, input: Input): Promise<ReturnedForm> {
  const { app, actors } = await loadApplication(ctx, input.applicationId)
  if (!actors.includes('applicant')) throw new AppError('NOT_FOUND', '申请不存在')
  if (app.status !== 'returned') throw new AppError('CONFLICT', '只有被退回的申请可以修改')
  const { form, declaration } = openSealed((s) => ctx.deps.keys.open(s), app)
  const papers: ReturnedForm['papers'] = []
  for (const row of form.attachments) {
    if (!row.uploadId) continue
    const upload = await ctx.deps.store.get<UploadDoc>('uploads', uploadDocId(ctx.caller.userId, row.uploadId))
    papers.push({ uploadId: row.uploadId, type: row.type, ...(upload ? { url: await signedLink(ctx.deps, upload) } : {}) })
  }
  const { attachments: _papers, ...rest } = formAsInput(form as unknown as Record<string, unknown>)
  void _papers
  return { form: rest, declaration: declarationAsInput(declaration as unknown as Record<string, unknown>), papers }
}
