/**
 * The employee's own applications: status, timeline, the process's steps and
 * what they can do now; once filed, the file number, category, level and the
 * helper's name. Helpers have no phone number on record, so the contact is the
 * grassroots union named on the file (`unionName`), not a personal number.
 */
import { availableSteps, TRANSITIONS, type ApplicationStep } from '../../../src/domain/application/application-machine'
import type { MyApplication } from '../../../src/domain/application/application-views'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { toSummary, type ApplicationDoc } from './application.doc'

/** The main line of the process, in order, as the applicant sees it. */
const PROCESS: ApplicationStep[] = ['submit', 'accept', 'recordInvestigation', 'recordEvaluation', 'startPublicity', 'endPublicity', 'approve', 'file']

export function toMyApplication(doc: Doc<ApplicationDoc>): MyApplication {
  const filed = doc.filed
  return {
    ...toSummary(doc),
    timeline: doc.timeline,
    steps: PROCESS.map((step) => ({ step, label: TRANSITIONS[step].label })),
    available: availableSteps(doc.status, ['applicant']),
    ...(doc.status === 'returned' && doc.returned ? { returned: doc.returned } : {}),
    ...(filed
      ? {
          filed: {
            fileNumber: filed.fileNumber,
            category: filed.category,
            fileLevel: filed.fileLevel,
            fileType: filed.fileType,
            filedAt: filed.filedAt,
            helper: { name: filed.helperName },
            unionName: doc.unionName,
          },
        }
      : {}),
  }
}

export async function myApplications(ctx: ActionContext): Promise<{ items: MyApplication[] }> {
  const page = await ctx.deps.store.find<ApplicationDoc>('applications', {
    where: [{ field: 'applicantId', op: 'eq', value: ctx.caller.userId }],
    orderBy: { field: 'submittedAt', direction: 'desc' },
    limit: 50,
  })
  return { items: page.items.map(toMyApplication) }
}
