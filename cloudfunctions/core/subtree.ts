/**
 * Union subtrees, the one way to ask for them. Every document that belongs to
 * a union carries `unionIds`: the ids on its union's path, own id last
 * (`/p13/c1303/d130306/u01/` → p13, c1303, d130306, u01). "In the subtree of
 * c1303" is then equality on an array element, which one index serves
 * together with a sort (`unionIds + updatedAt`), where a range on
 * `unionPath` followed by a sort cannot be served by any index in CloudBase.
 */
import type { Union } from '../../src/domain/union/union'
import type { Condition } from './ports/store.port'

/** The array field that holds a document's union and its ancestors. */
export type SubtreeField = 'unionIds' | 'helperUnionIds'

/** The ids on a union path, root first. */
export function unionIdsOf(path: string): string[] {
  return path.split('/').filter(Boolean)
}

/** The subtree of the union `unionId` (the union itself and everything below it). */
export function inSubtree(unionId: string, field: SubtreeField = 'unionIds'): Condition {
  return { field, op: 'has', value: unionId }
}

/** The placement fields a document in a union stores: its union, the path (for display and checks) and the ids queries use. */
export function placedIn(union: Pick<Union, 'id' | 'path'>): { unionId: string; unionPath: string; unionIds: string[] } {
  return { unionId: union.id, unionPath: union.path, unionIds: unionIdsOf(union.path) }
}

/** A helper's placement: the union that assigns them, its path, and the ids `inSubtree(…, 'helperUnionIds')` finds them by. */
export function helperPlacedIn(union: Pick<Union, 'id' | 'path'>): { helperUnionId: string; helperUnionPath: string; helperUnionIds: string[] } {
  return { helperUnionId: union.id, helperUnionPath: union.path, helperUnionIds: unionIdsOf(union.path) }
}
