/**
 * 建档: the approving union creates the file: level, category (a category
 * other than the engine's suggestion needs a reason), type and a helper (a
 * user with the helper role under the filing union: assignable-helpers.ts).
 * The 职工编号 is assigned from the region's yearly counter in the same
 * transaction (format in src/domain/application/file-number.ts). The
 * applicant and the helper get an 已建档 notice.
 */
import type { z } from 'zod'
import { fileNumberCounterId, formatFileNumber } from '../../../src/domain/application/file-number'
import { missingOverrideReason, type fileInput } from '../../../src/domain/application/steps.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import type { UserDoc } from '../../core/caller'
import type { DocOps } from '../../core/ports/store.port'
import { isAssignableHelper, NOT_ASSIGNABLE } from './assignable-helpers'
import { reclaimFileNumber } from './restored-file-number'
import { runStep, stepEvent } from './run-step'

type Input = z.output<ReturnType<typeof fileInput>>
type Counter = { seq: number }

async function nextFileNumber(tx: DocOps, regionCode: string, year: string): Promise<string> {
  const id = fileNumberCounterId(regionCode, year)
  const counter = await tx.get<Counter>('counters', id)
  const seq = (counter?.seq ?? 0) + 1
  if (counter) await tx.update<Counter>('counters', id, counter.version, { seq })
  else await tx.insert<Counter>('counters', id, { seq })
  return formatFileNumber(regionCode, year, seq)
}

/** The helper's name, when they are a helper the caller's union may assign (see assignable-helpers.ts). */
async function requireHelper(ctx: ActionContext, helperId: string): Promise<string> {
  const user = await ctx.deps.store.get<UserDoc>('users', helperId)
  if (!user || !ctx.caller.staff || !isAssignableHelper(user, ctx.caller.staff))
    throw new AppError('INVALID_INPUT', NOT_ASSIGNABLE, { helperId: NOT_ASSIGNABLE })
  return user.displayName
}

export function fileApplication(ctx: ActionContext, input: Input) {
  return runStep(ctx, 'file', input.applicationId, async ({ app }) => {
    const missing = missingOverrideReason(app.assessment?.category, input)
    if (missing) throw new AppError('INVALID_INPUT', missing, { overrideReason: missing })
    const helperName = await requireHelper(ctx, input.helperId)
    const { fileLevel, category, fileType, helperId, overrideReason } = input
    const body = `您的困难职工建档申请已建档（${category}），帮扶责任人：${helperName}。`
    return {
      patch: {},
      remarks: `${fileLevel}，${category}，${fileType}${overrideReason ? `；调整理由：${overrideReason}` : ''}`,
      audited: ['filed'],
      also: async (tx, fresh) => {
        const restored = fresh.restoresId ? await reclaimFileNumber(tx, fresh.restoresId, ctx.now) : null
        return {
          fileStatus: 'active',
          ...(restored ? { previousPeriods: restored.periods } : {}),
          filed: {
            fileNumber: restored?.fileNumber ?? (await nextFileNumber(tx, fresh.regionCode, ctx.today.slice(0, 4))),
            ...{ fileLevel, category, fileType, helperId, helperName, filedAt: ctx.now },
            ...(overrideReason ? { overrideReason } : {}),
          },
        }
      },
      notices: [
        { kind: 'applicationFiled', recipients: [app.applicantId], eventKey: stepEvent(app, 'file'), body },
        {
          kind: 'applicationFiled',
          recipients: [helperId],
          eventKey: `${stepEvent(app, 'file')}:helper`,
          body: `${app.unionName}的一户困难职工家庭已建档，您是该户的帮扶责任人，请及时联系走访。`,
        },
      ],
      answer: (saved) => ({ fileNumber: saved.filed?.fileNumber }),
    }
  })
}
