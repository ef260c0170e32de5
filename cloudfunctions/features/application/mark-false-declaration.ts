/**
 * 认定虚假申报: the application closes like a refusal (claims released) and
 * counts against the applicant. `shouldBlacklist` decides (seed 001): a
 * proven fraud blacklists at once, untrue information the second time. The
 * count and the blacklist are keyed by the applicant's ID-number hash, so a
 * new account does not start afresh.
 */
import type { z } from 'zod'
import type { markFalseDeclarationInput } from '../../../src/domain/application/steps.schema'
import { shouldBlacklist } from '../../../src/domain/eligibility/exclusions'
import type { ActionContext } from '../../core/action'
import type { DocOps } from '../../core/ports/store.port'
import { releaseHousehold } from './household-claims'
import { runStep, stepEvent } from './run-step'

type Input = z.output<ReturnType<typeof markFalseDeclarationInput>>
type FalseCount = { count: number; lastAt: string }
export type BlacklistDoc = { at: string; applicationId: string; reason: string }

async function countFalseDeclaration(tx: DocOps, hash: string, at: string): Promise<number> {
  const prior = await tx.get<FalseCount>('falseDeclarations', hash)
  const count = (prior?.count ?? 0) + 1
  if (prior) await tx.update<FalseCount>('falseDeclarations', hash, prior.version, { count, lastAt: at })
  else await tx.insert<FalseCount>('falseDeclarations', hash, { count, lastAt: at })
  return count
}

export function markFalseDeclaration(ctx: ActionContext, input: Input) {
  const proven = input.fraudProven ?? false
  let blacklisted = false
  return runStep(ctx, 'markFalseDeclaration', input.applicationId, ({ app }) => ({
    patch: { closed: { reason: input.reason, falseDeclaration: true } },
    remarks: `${proven ? '查实弄虚作假' : '上报不实信息'}：${input.reason}`,
    audited: ['closed'],
    also: async (tx, fresh) => {
      await releaseHousehold(tx, fresh.householdHashes, fresh.id)
      const count = await countFalseDeclaration(tx, fresh.applicantHash, ctx.now)
      blacklisted = shouldBlacklist(count, proven)
      if (blacklisted && !(await tx.get('blacklist', fresh.applicantHash))) {
        await tx.insert<BlacklistDoc>('blacklist', fresh.applicantHash, { at: ctx.now, applicationId: fresh.id, reason: input.reason })
      }
      return {}
    },
    notices: [
      {
        kind: 'applicationRejected',
        recipients: [app.applicantId],
        eventKey: stepEvent(app, 'markFalseDeclaration'),
        body: `您的建档申请经核实存在不实信息，不予建档：${input.reason}。`,
      },
    ],
    answer: () => ({ blacklisted }),
  }))
}
