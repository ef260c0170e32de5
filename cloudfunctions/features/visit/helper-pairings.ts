/**
 * Helpers' pairing counts for compliance: every helper a staff member's union
 * may assign (its subtree), with the filed households they are paired with
 * (as primary or second helper, anywhere). City and county cadres below the
 * policy's minimum (national: 5, seed 001) are flagged.
 * Every helper is listed (pages of 1,000, none dropped); each page's pairing
 * counts are two grouped counts, not two per helper.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import type { HelperPairing } from '../../../src/domain/visit/visit-views'
import type { UserDoc } from '../../core/caller'
import type { Doc, Store } from '../../core/ports/store.port'
import { MAX_LIMIT } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { isAssignableHelper } from '../application/assignable-helpers'
import { pairingCounts } from './visit-queries'

const CADRE_LEVELS = new Set(['city', 'county'])

/** Every helper of the subtree, page by page, with the pairing counts of each page. */
async function helpersWithCounts(store: Store, staff: { unionId: string; unionPath: string }): Promise<[Doc<UserDoc>, number][]> {
  const rows: [Doc<UserDoc>, number][] = []
  let cursor: string | undefined
  do {
    const page = await store.find<UserDoc>('users', { where: [inSubtree(staff.unionId, 'helperUnionIds')], limit: MAX_LIMIT, cursor })
    const helpers = page.items.filter((u) => isAssignableHelper(u, staff))
    const counts = await pairingCounts(
      store,
      helpers.map((h) => h.id),
    )
    rows.push(...helpers.map((h): [Doc<UserDoc>, number] => [h, counts.get(h.id) ?? 0]))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return rows
}

export async function helperPairings(store: Store, staff: { unionId: string; unionPath: string }, asOf: string): Promise<HelperPairing[]> {
  const unions = new Map<string, Union | null>()
  const rows: HelperPairing[] = []
  for (const [user, households] of await helpersWithCounts(store, staff)) {
    const unionId = user.helperUnionId ?? ''
    // A helper sits in one of a handful of unions: one read per union, not per helper.
    if (!unions.has(unionId)) unions.set(unionId, await store.get<Union>('unions', unionId))
    const union = unions.get(unionId) ?? null
    const minimum = union && CADRE_LEVELS.has(union.level) ? resolvePolicy(union.regionCode, asOf).visits.minHouseholdsPerCadre : null
    rows.push({
      id: user.id,
      name: user.displayName,
      unionName: union?.name ?? '',
      households,
      minimum,
      belowMinimum: minimum !== null && households < minimum,
    })
  }
  return rows.sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || a.households - b.households || a.name.localeCompare(b.name, 'zh'))
}
