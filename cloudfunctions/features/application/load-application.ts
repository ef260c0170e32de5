/** Reads an application with the caller's relations to it; none at all reads as "not found". */
import type { Actor } from '../../../src/domain/application/application-machine'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import type { ApplicationDoc } from './application.doc'
import { requireRelation } from './relations'

export type Loaded = { app: Doc<ApplicationDoc>; actors: Actor[] }

export async function loadApplication(ctx: ActionContext, id: string): Promise<Loaded> {
  const app = await ctx.deps.store.get<ApplicationDoc>('applications', id)
  const actors = requireRelation(ctx.caller, app, ctx.today)
  return { app: app as Doc<ApplicationDoc>, actors }
}
