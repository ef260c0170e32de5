/**
 * What submit and resubmit share: the applicant's bound profile and union,
 * the form validated against the union's value lists, every household ID
 * number hashed, the engine's suggestion, and the sealed blob. Problems in the
 * form are reported under `form.` field paths.
 */
import type { z } from 'zod'
import type { SubmitApplicationInput } from '../../../src/domain/application/application.schema'
import type { AssessmentView } from '../../../src/domain/application/application-views'
import { assessmentStandard } from '../../../src/domain/application/assessment-standard'
import { assessApplication } from '../../../src/domain/application/household-assessment'
import { deriveDeclarationFacts } from '../../../src/domain/file-form/declaration.schema'
import { fileFormSchema, type FileForm } from '../../../src/domain/file-form/file-form.schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError, invalidInput } from '../../../src/domain/shared/app-error'
import { maskIdNumber } from '../../../src/domain/shared/mask'
import type { Union } from '../../../src/domain/union/union'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ActionContext } from '../../core/action'
import type { ProfileDoc } from '../account/profile.doc'
import { assertOwnUploads } from '../uploads/uploads'
import type { ApplicationDoc, SealedApplication } from './application.doc'

export const NOT_BOUND = '您还没有绑定所属基层工会，请先绑定个人信息后再申请'
const NOT_SELF = '档案表中的身份证号应为您本人绑定的身份证号'

/** The fields a (re)submission sets on the application. */
export type Submission = Pick<
  ApplicationDoc,
  'applicantHash' | 'householdHashes' | 'applicantName' | 'idNumberMasked' | 'householdSize' | 'perCapitaIncomeFen' | 'assessment' | 'sealed'
>

export type Prepared = { union: Union; submission: Submission }

function prefixed(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({ ...issue, path: ['form', ...issue.path] }))
  return invalidInput({ issues } as z.ZodError)
}

/** Every photographed paper is the applicant's own upload, made for this purpose. */
async function assertOwnPapers(ctx: ActionContext, form: FileForm): Promise<void> {
  const rows = form.attachments.flatMap((a, index) => (a.uploadId ? [{ index, uploadId: a.uploadId }] : []))
  await assertOwnUploads(
    ctx.deps.store,
    ctx.caller.userId,
    rows.map((r) => r.uploadId),
    { field: (i) => `form.attachments.${rows[i]?.index ?? i}.uploadId`, label: (i) => `附件${(rows[i]?.index ?? i) + 1}的照片`, purpose: 'attachment' },
  )
}

export async function prepareSubmission(ctx: ActionContext, input: SubmitApplicationInput): Promise<Prepared> {
  const { store, keys } = ctx.deps
  const profile = await store.get<ProfileDoc>('profiles', ctx.caller.userId)
  const union = profile ? await store.get<Union>('unions', profile.unionId) : null
  if (!profile || !union) throw new AppError('CONFLICT', NOT_BOUND)

  const policy = resolvePolicy(union.regionCode, ctx.today)
  const parsed = fileFormSchema({ today: ctx.today }, valueListsFor(policy.valueListSet), policy.form).safeParse(input.form)
  if (!parsed.success) throw prefixed(parsed.error)
  const form: FileForm = parsed.data
  const householdHashes = [form.idNumber, ...form.members.map((m) => m.idNumber)].map((id) => keys.lookupHash('idNumber', id))
  const applicantHash = householdHashes[0] ?? ''
  if (applicantHash !== profile.idNumberHash) throw new AppError('INVALID_INPUT', NOT_SELF, { 'form.idNumber': NOT_SELF })
  await assertOwnPapers(ctx, form)

  const assessment: AssessmentView | null = assessApplication(form, input.declaration, assessmentStandard(form, policy), policy.terms)
  const sealed: SealedApplication = { form, declaration: input.declaration }
  return {
    union,
    submission: {
      applicantHash,
      householdHashes,
      applicantName: form.name,
      idNumberMasked: maskIdNumber(form.idNumber),
      householdSize: form.derived.householdSize,
      // One figure (shared/per-capita.ts): the engine's, or the declared disposable income per person where no B applies.
      perCapitaIncomeFen:
        assessment?.perCapitaMonthlyIncomeFen ?? deriveDeclarationFacts(input.declaration, form.derived.householdSize).monthlyPerCapitaIncomeFen,
      assessment,
      sealed: keys.seal(JSON.stringify(sealed)),
    },
  }
}
