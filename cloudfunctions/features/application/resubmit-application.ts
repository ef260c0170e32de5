/**
 * The applicant corrects a returned application and sends it again: the same
 * application id, the sealed form replaced, household claims moved to the
 * new set of ID numbers (released for those no longer listed), back to
 * 已提交. The grassroots staff get a 重新提交 notice.
 */
import type { z } from 'zod'
import type { resubmitApplicationInput } from '../../../src/domain/application/application.schema'
import type { ApplicationSummary } from '../../../src/domain/application/application-views'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify } from '../../core/notices'
import { toSummary, type ApplicationDoc } from './application.doc'
import { grassrootsStaff } from './application-recipients'
import { claimHousehold, refuseBlacklisted, releaseHousehold } from './household-claims'
import { prepareSubmission } from './prepare-submission'
import { loadApplication } from './load-application'
import { requireStep } from './relations'

type Input = z.output<ReturnType<typeof resubmitApplicationInput>>

const MOVED = '该申请已转到其他工会办理，请联系原工会'

export async function resubmitApplication(ctx: ActionContext, input: Input): Promise<ApplicationSummary> {
  const { app, actors } = await loadApplication(ctx, input.applicationId)
  const to = requireStep('resubmit', app, actors)
  const { union, submission } = await prepareSubmission(ctx, input)
  if (union.id !== app.unionId) throw new AppError('CONFLICT', MOVED)
  const recipients = await grassrootsStaff(ctx.deps, app)
  const id = app.id

  return ctx.transact(async (tx) => {
    const fresh = await tx.get<ApplicationDoc>('applications', id)
    if (!fresh || fresh.version !== app.version) throw new AppError('CONFLICT', '申请已更新，请刷新后再提交')
    await refuseBlacklisted(tx, submission.householdHashes)
    await releaseHousehold(
      tx,
      fresh.householdHashes.filter((h) => !submission.householdHashes.includes(h)),
      id,
    )
    await claimHousehold(tx, submission.householdHashes, id)
    const saved = await tx.update<ApplicationDoc>('applications', id, fresh.version, {
      ...submission,
      status: to,
      consent: { version: input.consent.version, agreedAt: ctx.now },
      submissionCount: fresh.submissionCount + 1,
      timeline: [...fresh.timeline, { step: 'resubmit', status: to, at: ctx.now, unionName: fresh.unionName }],
      updatedAt: ctx.now,
    })
    await audit(ctx, tx, { action: 'application.resubmit', targetCollection: 'applications', targetId: id, fields: ['form', 'declaration', 'consent'] })
    await notify(ctx, tx, {
      kind: 'applicationResubmitted',
      recipients,
      eventKey: `application:${id}:resubmit:${fresh.submissionCount + 1}`,
      body: `职工${maskName(submission.applicantName)}修改后重新提交了建档申请，请及时受理。`,
    })
    return toSummary(saved)
  })
}
