/**
 * The employee's own applications: status, timeline, the process's steps and
 * what they can do now; once filed, the file number, category, level and the
 * helper's name, and the worker's copy of the 联系卡. Helpers have no phone
 * number on record, so the contact is the grassroots union named on the file
 * (`unionName`), not a personal number.
 */
import { availableSteps, TRANSITIONS, type ApplicationStep } from '../../../src/domain/application/application-machine'
import { FILE_STATUS_LABELS } from '../../../src/domain/file/file-machine'
import type { MyApplication } from '../../../src/domain/application/application-views'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import type { ProfileDoc } from '../account/profile.doc'
import { toSummary, type ApplicationDoc } from './application.doc'

/** The main line of the process, in order, as the applicant sees it. */
const PROCESS: ApplicationStep[] = ['submit', 'accept', 'recordInvestigation', 'recordEvaluation', 'startPublicity', 'endPublicity', 'approve', 'file']

/** What the card needs beyond the application: the applicant's sex and birth month, and the helper's union. */
type CardFacts = { sex: string; birthDate: string; helperUnit: string; valueListSet: string }

async function cardFacts(ctx: ActionContext, doc: Doc<ApplicationDoc>): Promise<CardFacts | undefined> {
  if (!doc.filed) return undefined
  const profile = await ctx.deps.store.get<ProfileDoc>('profiles', doc.applicantId)
  const helper = await ctx.deps.store.get<{ helperUnionId?: string }>('users', doc.filed.helperId)
  const unit = helper?.helperUnionId ? await ctx.deps.store.get<Union>('unions', helper.helperUnionId) : null
  const valueListSet = resolvePolicy(doc.regionCode, ctx.today).valueListSet
  return { sex: profile?.sex ?? '', birthDate: profile?.birthDate ?? '', helperUnit: unit?.name ?? doc.unionName, valueListSet }
}

/** The file's state as the worker sees it: 已注销 / 已脱困 with the date and reason. */
function fileLifeOf(doc: Doc<ApplicationDoc>): MyApplication['file'] {
  if (!doc.filed) return undefined
  const status = doc.fileStatus ?? 'active'
  const c = doc.cancellation
  const exited = c?.reason === '脱困'
  return {
    status,
    statusLabel: c && status !== 'restored' ? (exited ? '已脱困，档案已注销' : FILE_STATUS_LABELS.cancelled) : FILE_STATUS_LABELS[status],
    ...(c ? { cancelled: { date: c.date, reason: c.reason, exited, ...(c.remarks ? { remarks: c.remarks } : {}) } } : {}),
    ...(doc.previousPeriods?.length
      ? { previousPeriods: doc.previousPeriods.map(({ fileNumber, filedAt, cancelledOn, reason }) => ({ fileNumber, filedAt, cancelledOn, reason })) }
      : {}),
  }
}

export function toMyApplication(doc: Doc<ApplicationDoc>, facts?: CardFacts): MyApplication {
  const filed = doc.filed
  const file = fileLifeOf(doc)
  return {
    ...(file ? { file } : {}),
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
            card: {
              fileNumber: filed.fileNumber,
              name: doc.applicantName,
              sex: facts?.sex ?? '',
              birthMonth: (facts?.birthDate ?? '').slice(0, 7),
              category: filed.category,
              helperUnit: facts?.helperUnit ?? doc.unionName,
              helperName: filed.helperName,
              unionName: doc.unionName,
              valueListSet: facts?.valueListSet ?? 'national',
            },
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
  const items: MyApplication[] = []
  for (const doc of page.items) items.push(toMyApplication(doc, await cardFacts(ctx, doc)))
  return { items }
}
