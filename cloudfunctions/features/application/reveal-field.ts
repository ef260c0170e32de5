/**
 * Staff responsible for an application reveal one masked value (an ID, bank
 * card or mobile number, or any other field of the sealed form). A read that
 * writes: the audit entry names the field, never its value. The answer the
 * framework records under the request id (to replay a retry) holds only the
 * field's name, so no plaintext lands in `requests`: a replayed retry answers
 * `{ field }` without `value`, and the client asks again with a new request id.
 */
import type { z } from 'zod'
import type { revealFieldInput } from '../../../src/domain/application/steps.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { openSealed } from './application.doc'
import { loadApplication } from './load-application'

type Input = z.output<ReturnType<typeof revealFieldInput>>

const NO_SUCH = '该栏目不存在或没有内容'

/** The plain value at `path` (`form.members.1.idNumber`), if it is a single value. */
export function valueAt(root: unknown, path: string): string | number | boolean | null {
  let node: unknown = root
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return null
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' ? node : null
}

export async function revealField(ctx: ActionContext, input: Input): Promise<{ field: string; value?: string | number | boolean }> {
  const { app, actors } = await loadApplication(ctx, input.applicationId)
  if (!actors.includes('owner')) throw new AppError('FORBIDDEN', '只有负责该申请的工会工作人员可以查看完整信息')
  const value = valueAt(
    openSealed((s) => ctx.deps.keys.open(s), app),
    input.field,
  )
  if (value === null) throw new AppError('NOT_FOUND', NO_SUCH, { field: NO_SUCH })
  const recorded = await ctx.transact(async (tx) => {
    await audit(ctx, tx, { action: 'application.reveal', targetCollection: 'applications', targetId: app.id, fields: [input.field] })
    return { field: input.field }
  })
  return { ...recorded, value }
}
