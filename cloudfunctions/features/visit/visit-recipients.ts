/**
 * Who hears of an uploaded visit: the staff of the household's grassroots
 * union (谁建档，谁负责), and when the helper is a cadre of a higher union on
 * the household's path (a county or city cadre), that union's staff as well.
 * Read before the transaction, as queries must be.
 */
import { isWithin } from '../../../src/domain/union/union'
import type { UserDoc } from '../../core/caller'
import type { Deps } from '../../core/deps'
import { staffOfUnion } from '../../core/notices'
import type { FileDoc } from './visit.doc'

export function isHigherCadre(helper: Pick<UserDoc, 'helperUnionPath'> | null, file: Pick<FileDoc, 'unionPath'>): boolean {
  const path = helper?.helperUnionPath
  return Boolean(path && path !== file.unionPath && isWithin(file.unionPath, path))
}

export async function visitRecipients(deps: Deps, file: Pick<FileDoc, 'unionId' | 'unionPath'>, helper: UserDoc | null): Promise<string[]> {
  const grassroots = await staffOfUnion(deps, file.unionId)
  if (!helper?.helperUnionId || !isHigherCadre(helper, file)) return grassroots
  return [...new Set([...grassroots, ...(await staffOfUnion(deps, helper.helperUnionId))])]
}
