/**
 * The union tree: 省 → 市 → 县(区) → 基层工会. A union's path lists its
 * ancestors' ids (e.g. `/p13/c1303/d130306/u17/`), so "within my subtree"
 * is a prefix test that both SQLite and CloudBase can index.
 */

export const UNION_LEVELS = ['national', 'province', 'city', 'county', 'grassroots'] as const
export type UnionLevel = (typeof UNION_LEVELS)[number]

export const UNION_LEVEL_LABELS: Record<UnionLevel, string> = {
  national: '全国总工会',
  province: '省级工会',
  city: '市级工会',
  county: '县(区)级工会',
  grassroots: '基层工会',
}

export type Union = {
  id: string
  name: string
  level: UnionLevel
  /** GB/T 2260 administrative region code where the union sits. */
  regionCode: string
  parentId: string | null
  /** Ancestor ids then own id, slash-separated, with a trailing slash. */
  path: string
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`
}

/** True when `path` is `ancestorPath` itself or below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath)
}

/** Levels rank from the top; a smaller rank is higher up the tree. */
export function levelRank(level: UnionLevel): number {
  return UNION_LEVELS.indexOf(level)
}

export function isAtOrAbove(level: UnionLevel, required: UnionLevel): boolean {
  return levelRank(level) <= levelRank(required)
}
