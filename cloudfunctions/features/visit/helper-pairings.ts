/**
 * Helpers' pairing counts for compliance: every helper a staff member's union
 * may assign (its subtree), with the filed households they are paired with
 * (as primary or second helper, anywhere). City and county cadres below the
 * policy's minimum (national: 5, seed 001) are flagged.
 * Helpers come a page at a time (none dropped: the next page is a cursor
 * away); each page's pairing counts are two grouped counts, not two per helper.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import type { HelperPairing, HelperPairingPage } from '../../../src/domain/visit/visit-views'
import type { UserDoc } from '../../core/caller'
import type { Doc, Store } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { isAssignableHelper } from '../application/assignable-helpers'
import { pairingCounts } from './visit-queries'

const CADRE_LEVELS = new Set(['city', 'county'])

/** Helpers a page. A county has a few dozen; a province's thousands are paged, so the view costs the same at any size. */
export const HELPER_PAGE = 100

export type HelperPage = HelperPairingPage

/** One page of the helpers of the subtree, with their pairing counts (two grouped counts for the page). */
async function pageWithCounts(store: Store, staff: { unionId: string; unionPath: string }, cursor?: string) {
  const page = await store.find<UserDoc>('users', { where: [inSubtree(staff.unionId, 'helperUnionIds')], limit: HELPER_PAGE, cursor })
  const helpers = page.items.filter((u) => isAssignableHelper(u, staff))
  const counts = await pairingCounts(
    store,
    helpers.map((h) => h.id),
  )
  return { rows: helpers.map((h): [Doc<UserDoc>, number] => [h, counts.get(h.id) ?? 0]), nextCursor: page.nextCursor }
}

/** A page of the helpers a staff member's union may assign, cadres below the minimum first within the page. */
export async function helperPairings(store: Store, staff: { unionId: string; unionPath: string }, asOf: string, cursor?: string): Promise<HelperPage> {
  const unions = new Map<string, Union | null>()
  const rows: HelperPairing[] = []
  const page = await pageWithCounts(store, staff, cursor)
  for (const [user, households] of page.rows) {
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
  rows.sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || a.households - b.households || a.name.localeCompare(b.name, 'zh'))
  return { rows, nextCursor: page.nextCursor }
}
