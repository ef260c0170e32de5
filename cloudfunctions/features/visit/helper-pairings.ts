/**
 * Helpers' pairing counts for compliance: every helper a staff member's union
 * may assign (its subtree), with the filed households they are paired with
 * (as primary or second helper, anywhere). City and county cadres below the
 * policy's minimum (national: 5, seed 001) are flagged.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import type { HelperPairing } from '../../../src/domain/visit/visit-views'
import type { UserDoc } from '../../core/caller'
import type { Store } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { isAssignableHelper } from '../application/assignable-helpers'
import { pairingCount } from './visit-queries'

const CADRE_LEVELS = new Set(['city', 'county'])
const MAX_HELPERS = 500

export async function helperPairings(store: Store, staff: { unionId: string; unionPath: string }, asOf: string): Promise<HelperPairing[]> {
  const page = await store.find<UserDoc>('users', { where: [inSubtree(staff.unionId, 'helperUnionIds')], limit: MAX_HELPERS })
  const unions = new Map<string, Union | null>()
  const rows: HelperPairing[] = []
  for (const user of page.items.filter((u) => isAssignableHelper(u, staff))) {
    const unionId = user.helperUnionId ?? ''
    if (!unions.has(unionId)) unions.set(unionId, await store.get<Union>('unions', unionId))
    const union = unions.get(unionId) ?? null
    const minimum = union && CADRE_LEVELS.has(union.level) ? resolvePolicy(union.regionCode, asOf).visits.minHouseholdsPerCadre : null
    const households = await pairingCount(store, user.id)
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
