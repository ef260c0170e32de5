/**
 * 结对 / 调整结对: staff whose subtree holds a filed household pair it with a
 * primary helper and optionally a second one (seed 001: city and county
 * cadres as 第二帮扶责任人), each a helper their own union may assign
 * (application/assignable-helpers.ts). Audited; a newly paired helper is told.
 */
import type { z } from 'zod'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { pairHelpersInput } from '../../../src/domain/visit/visit.schema'
import type { Pairing } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import type { UserDoc } from '../../core/caller'
import { notify } from '../../core/notices'
import { isAssignableHelper, NOT_ASSIGNABLE } from '../application/assignable-helpers'
import { loadFile } from './household-access'
import { helpersOf, type FileDoc, type PairedRecord } from './visit.doc'

type Input = z.output<ReturnType<typeof pairHelpersInput>>

async function requireHelper(ctx: ActionContext, helperId: string, field: string): Promise<{ id: string; name: string }> {
  const user = await ctx.deps.store.get<UserDoc>('users', helperId)
  if (!user || !ctx.caller.staff || !isAssignableHelper(user, ctx.caller.staff))
    throw new AppError('INVALID_INPUT', NOT_ASSIGNABLE, { [field]: NOT_ASSIGNABLE })
  return { id: user.id, name: user.displayName }
}

export async function pairHelpers(ctx: ActionContext, input: Input): Promise<Pairing> {
  const file = await loadFile(ctx, input.applicationId, ['staff'])
  const helper = await requireHelper(ctx, input.helperId, 'helperId')
  const second = input.secondHelperId ? await requireHelper(ctx, input.secondHelperId, 'secondHelperId') : null
  const { secondHelperId: _id, secondHelperName: _name, ...kept } = file.filed
  const filed: PairedRecord = {
    ...kept,
    helperId: helper.id,
    helperName: helper.name,
    ...(second ? { secondHelperId: second.id, secondHelperName: second.name } : {}),
  }
  const before = new Set(helpersOf(file))
  const added = [helper, ...(second ? [second] : [])].filter((h) => !before.has(h.id))

  return ctx.transact(async (tx) => {
    const fresh = await tx.get<FileDoc>('applications', file.id)
    if (!fresh || fresh.version !== file.version) throw new AppError('CONFLICT', '档案已被他人修改，请刷新后再操作')
    const saved = await tx.update<FileDoc>('applications', file.id, fresh.version, { filed, updatedAt: ctx.now })
    await audit(ctx, tx, { action: 'visit.pair', targetCollection: 'applications', targetId: file.id, fields: ['filed.helperId', 'filed.secondHelperId'] })
    for (const h of added) {
      await notify(ctx, tx, {
        kind: 'helperPaired',
        recipients: [h.id],
        eventKey: `pair:${file.id}:${saved.version}`,
        body: `您已与${file.unionName}困难职工${maskName(file.applicantName)}家（档案号${file.filed.fileNumber}）结对帮扶，请及时入户走访。`,
      })
    }
    return { applicationId: file.id, helper, secondHelper: second, version: saved.version }
  })
}
