/** The union tree for pickers. Union names are public; nothing personal here. */
import type { UnionOption } from '../../../src/domain/account/me'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { MAX_LIMIT } from '../../core/ports/store.port'

export async function listUnions(ctx: ActionContext): Promise<{ unions: UnionOption[] }> {
  const unions: UnionOption[] = []
  let cursor: string | undefined
  do {
    const page = await ctx.deps.store.find<Union>('unions', { orderBy: { field: 'path', direction: 'asc' }, limit: MAX_LIMIT, cursor })
    for (const u of page.items) unions.push({ id: u.id, name: u.name, level: u.level, parentId: u.parentId, path: u.path })
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return { unions }
}
