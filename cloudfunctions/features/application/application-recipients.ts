/**
 * Who hears about an application: the staff of its grassroots union, and the
 * staff of the union on its path at the approving level. Read before the
 * transaction (queries cannot run inside one); the notices themselves are
 * written inside it.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { isAtOrAbove, type Union } from '../../../src/domain/union/union'
import type { Deps } from '../../core/deps'
import { staffOfUnion } from '../../core/notices'
import type { ApplicationDoc } from './application.doc'

export function grassrootsStaff(deps: Deps, app: Pick<ApplicationDoc, 'unionId'>): Promise<string[]> {
  return staffOfUnion(deps, app.unionId)
}

/** The lowest union on the application's path at or above the approving level: the one that approves. */
export async function approvingUnion(deps: Deps, app: Pick<ApplicationDoc, 'unionPath' | 'regionCode'>, today: string): Promise<Union | null> {
  const level = resolvePolicy(app.regionCode, today).approvingLevel
  const ids = app.unionPath.split('/').filter(Boolean).reverse()
  for (const id of ids) {
    const union = await deps.store.get<Union>('unions', id)
    if (union && isAtOrAbove(union.level, level)) return union
  }
  return null
}

export async function approvingStaff(deps: Deps, app: Pick<ApplicationDoc, 'unionPath' | 'regionCode'>, today: string): Promise<string[]> {
  const union = await approvingUnion(deps, app, today)
  return union ? staffOfUnion(deps, union.id) : []
}
