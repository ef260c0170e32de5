/**
 * 联系卡 as .docx: the helper's copy (帮扶责任人存, with the address, work
 * unit, members, causes and the worker's mobile from the sealed form) for the
 * household's staff and helpers; the worker's copy (困难职工存) for them and
 * for the worker. Opening the form is audited; the answer recorded for a
 * retry holds no link (a replay asks the client to tap again).
 */
import { CARD_COPY_LABELS, type CardCopy } from '../../../src/domain/assistance/assistance.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import type { PlanDoc } from './assistance.doc'
import { renderCardDocx } from './card-docx'
import { helperCard, workerCard } from './card-facts'
import { handOut } from './hand-out'
import { loadHousehold } from './household'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function printCard(
  ctx: ActionContext,
  input: { applicationId: string; copy: CardCopy },
): Promise<{ copy: CardCopy; url?: string; expiresInSeconds?: number }> {
  const { file, relations } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper', 'worker'])
  if (input.copy === 'helper' && !relations.some((r) => r === 'staff' || r === 'helper'))
    throw new AppError('FORBIDDEN', '联系卡（帮扶责任人存）只有帮扶责任人和工会工作人员可以打印')
  const plan = await ctx.deps.store.get<PlanDoc>('plans', file.id)
  const card =
    input.copy === 'helper'
      ? { copy: 'helper' as const, data: await helperCard(ctx, file, plan) }
      : { copy: 'worker' as const, data: await workerCard(ctx, file, plan) }
  const bytes = await renderCardDocx(card, file.unionName)
  const recorded = await ctx.transact(async (tx) => {
    const fields = input.copy === 'helper' ? ['address', 'employer', 'members', 'mainCause', 'mobile'] : ['card']
    await audit(ctx, tx, { action: 'assistance.printCard', targetCollection: 'applications', targetId: file.id, fields, note: CARD_COPY_LABELS[input.copy] })
    return { copy: input.copy }
  })
  return { ...recorded, ...(await handOut(ctx, { name: `card-${input.copy}-${file.filed.fileNumber}.docx`, bytes, contentType: DOCX_TYPE })) }
}
