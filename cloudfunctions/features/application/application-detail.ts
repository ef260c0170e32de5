/**
 * One application for the staff responsible (its union or above): every
 * field of the form and declaration with ID, bank card and mobile numbers
 * masked (one at a time through `reveal`, audited), the engine's assessment
 * with reasons and explanation, the step records (sealed findings and
 * objections opened, a short-lived link to the minutes photo), the timeline
 * and the steps this caller may take now.
 */
import type { z } from 'zod'
import { availableSteps } from '../../../src/domain/application/application-machine'
import type { applicationDetailInput } from '../../../src/domain/application/steps.schema'
import type { FileForm } from '../../../src/domain/file-form/file-form.schema'
import { maskBankCard, maskIdNumber, maskMobile } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import type { PaperView } from '../../../src/domain/application/application-views'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { signedLink, uploadDocId, type UploadDoc } from '../uploads/uploads'
import { openSealed, toSummary, type EvaluationRecord, type PublicityRecord } from './application.doc'
import { loadApplication } from './load-application'

type Input = z.output<ReturnType<typeof applicationDetailInput>>

const maybe = (value: string | undefined, mask: (v: string) => string) => (value === undefined ? undefined : mask(value))

/** The form as staff read it by default: the numbers that identify or pay a person masked. */
export function maskForm(form: FileForm) {
  return {
    ...form,
    idNumber: maskIdNumber(form.idNumber),
    mobile: maybe(form.mobile, maskMobile),
    bankCardNumber: maybe(form.bankCardNumber, maskBankCard),
    members: form.members.map((m) => ({ ...m, idNumber: maskIdNumber(m.idNumber), mobile: maybe(m.mobile, maskMobile) })),
  }
}

/** The publicity with its objections opened (staff responsible only). */
function publicityView(open: (s: string) => string, publicity: PublicityRecord | undefined) {
  if (!publicity) return null
  const { objectionsSealed, ...rest } = publicity
  return { ...rest, objections: objectionsSealed ? (JSON.parse(open(objectionsSealed)) as string[]) : [] }
}

/** The evaluation with a 5-minute link to the minutes photo, if one was kept. */
async function evaluationView(ctx: ActionContext, evaluation: EvaluationRecord | undefined) {
  if (!evaluation) return null
  const { minutes, ...rest } = evaluation
  return minutes ? { ...rest, minutesUrl: await signedLink(ctx.deps, minutes) } : rest
}

/** Each photographed paper with a 5-minute link; a photo whose upload is gone is listed without one. */
async function papersView(ctx: ActionContext, applicantId: string, form: FileForm): Promise<PaperView[]> {
  const papers: PaperView[] = []
  for (const [index, row] of form.attachments.entries()) {
    if (!row.uploadId) continue
    const upload = await ctx.deps.store.get<UploadDoc>('uploads', uploadDocId(applicantId, row.uploadId))
    papers.push({ index, type: row.type, name: row.name, ...(upload ? { url: await signedLink(ctx.deps, upload) } : {}) })
  }
  return papers
}

export async function applicationDetail(ctx: ActionContext, input: Input) {
  const { app, actors } = await loadApplication(ctx, input.applicationId)
  const { keys } = ctx.deps
  const { form, declaration } = openSealed((s) => keys.open(s), app)
  const { findingsSealed, ...investigation } = app.investigation ?? { findingsSealed: undefined }
  return {
    ...toSummary(app),
    form: maskForm(form),
    declaration,
    valueListSet: resolvePolicy(app.regionCode, ctx.today).valueListSet,
    papers: await papersView(ctx, app.applicantId, form),
    assessment: app.assessment,
    consent: app.consent,
    investigation: findingsSealed === undefined ? null : { ...investigation, findings: keys.open(findingsSealed) },
    evaluation: await evaluationView(ctx, app.evaluation),
    publicity: publicityView((s) => keys.open(s), app.publicity),
    approval: app.approval ?? null,
    filed: app.filed ?? null,
    returned: app.returned ?? null,
    closed: app.closed ?? null,
    submissionCount: app.submissionCount,
    timeline: app.timeline,
    available: availableSteps(app.status, actors),
  }
}
