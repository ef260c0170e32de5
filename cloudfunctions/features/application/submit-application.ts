/**
 * An employee applies. The application belongs to the grassroots union of
 * their bound profile; the form is validated against that union's value
 * lists, sealed, and every household ID number claimed in the same
 * transaction (a person in another open application or active file, or on
 * the blacklist, is refused, naming them). The union's staff get a 新申请 notice.
 */
import type { SubmitApplicationInput } from '../../../src/domain/application/application.schema'
import type { ApplicationSummary } from '../../../src/domain/application/application-views'
import { checkStep } from '../../../src/domain/application/application-machine'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import { placedIn } from '../../core/subtree'
import { toSummary, type ApplicationDoc } from './application.doc'
import { grassrootsStaff } from './application-recipients'
import { claimHousehold, refuseBlacklisted } from './household-claims'
import { prepareSubmission } from './prepare-submission'

export async function submitApplication(ctx: ActionContext, input: SubmitApplicationInput): Promise<ApplicationSummary> {
  const check = checkStep('submit', null, ['applicant'])
  if (!check.ok) throw new AppError('CONFLICT', check.reason)
  const { union, submission } = await prepareSubmission(ctx, input)
  const recipients = await grassrootsStaff(ctx.deps, { unionId: union.id })
  const id = ctx.deps.ids.next('ap_')
  const doc: ApplicationDoc = {
    ...submission,
    applicantId: ctx.caller.userId,
    ...placedIn(union),
    unionName: union.name,
    regionCode: union.regionCode,
    status: check.to,
    consent: { version: input.consent.version, agreedAt: ctx.now },
    submissionCount: 1,
    timeline: [{ step: 'submit', status: check.to, at: ctx.now, unionName: union.name }],
    submittedAt: ctx.now,
    updatedAt: ctx.now,
  }

  return ctx.transact(async (tx) => {
    await refuseBlacklisted(tx, doc.householdHashes)
    await claimHousehold(tx, doc.householdHashes, id)
    const saved = await tx.insert<ApplicationDoc>('applications', id, doc)
    await audit(ctx, tx, { action: 'application.submit', targetCollection: 'applications', targetId: id, fields: ['form', 'declaration', 'consent'] })
    await notify(ctx, tx, {
      kind: 'applicationSubmitted',
      recipients,
      eventKey: `application:${id}:submit`,
      body: `职工${maskName(doc.applicantName)}提交了困难职工建档申请（家庭${doc.householdSize}人），请及时受理。`,
    })
    return toSummary(saved)
  })
}
