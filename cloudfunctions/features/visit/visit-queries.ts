/**
 * The reads the visit feature makes, each on an index of core/collections.ts:
 * a helper's households, the filed cases of a subtree, the visits of some
 * households, and one year's visits of a subtree. Every page is walked, so
 * nothing past the first thousand is silently left out.
 */
import type { Condition, Doc, Store } from '../../core/ports/store.port'
import { MAX_LIMIT } from '../../core/ports/store.port'
import { findAll } from '../../core/find-all'
import { inSubtree } from '../../core/subtree'
import { isFiled, visitFigures, type FileDoc, type FileVisits, type VisitDoc } from './visit.doc'

const FILED: Condition = { field: 'status', op: 'eq', value: 'filed' }

/** The filed cases the helper is paired with, and as which helper. */
export async function householdsOf(store: Store, helperId: string): Promise<{ file: Doc<FileDoc>; role: 'primary' | 'second' }[]> {
  // The sealed form stays in the database: a household's row needs only the summary fields.
  const primary = await findAll<FileDoc>(store, 'applications', [{ field: 'filed.helperId', op: 'eq', value: helperId }, FILED], ['sealed'])
  const second = await findAll<FileDoc>(store, 'applications', [{ field: 'filed.secondHelperId', op: 'eq', value: helperId }, FILED], ['sealed'])
  return [
    ...primary.filter(isFiled).map((file) => ({ file, role: 'primary' as const })),
    ...second.filter(isFiled).map((file) => ({ file, role: 'second' as const })),
  ]
}

/** How many filed households each of `helperIds` is paired with (primary or second): two grouped counts per 1,000 helpers. */
export async function pairingCounts(store: Store, helperIds: readonly string[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  for (let i = 0; i < helperIds.length; i += MAX_LIMIT) {
    const ids = helperIds.slice(i, i + MAX_LIMIT)
    const [primary, second] = await Promise.all([
      store.countEach('applications', [FILED], 'filed.helperId', ids),
      store.countEach('applications', [FILED], 'filed.secondHelperId', ids),
    ])
    for (const id of ids) totals.set(id, (primary[id] ?? 0) + (second[id] ?? 0))
  }
  return totals
}

/** Every filed case in the subtree of union `unionId` (null: of every union). */
export async function filedIn(store: Store, unionId: string | null): Promise<Doc<FileDoc>[]> {
  const where: Condition[] = unionId === null ? [FILED] : [FILED, inSubtree(unionId)]
  return (await findAll<FileDoc>(store, 'applications', where, ['sealed'])).filter(isFiled)
}

/** The visits of the given households, every year, grouped by household. */
export async function visitsOf(store: Store, applicationIds: readonly string[]): Promise<Map<string, Doc<VisitDoc>[]>> {
  const byFile = new Map<string, Doc<VisitDoc>[]>(applicationIds.map((id) => [id, []]))
  for (let i = 0; i < applicationIds.length; i += 100) {
    const ids = applicationIds.slice(i, i + 100)
    for (const visit of await findAll<VisitDoc>(store, 'visits', [{ field: 'applicationId', op: 'in', value: ids }]))
      byFile.get(visit.applicationId)?.push(visit)
  }
  return byFile
}

/**
 * Each file's visit figures: kept on the file, so no visit is read; a file made before figures were kept has its
 * visits read (all such files at once) and its figures derived for `year`.
 */
export async function visitFiguresOf(store: Store, files: readonly Doc<FileDoc>[], year: number): Promise<Map<string, FileVisits>> {
  const figures = new Map<string, FileVisits>()
  for (const file of files) if (file.visitSummary) figures.set(file.id, file.visitSummary)
  const missing = files.filter((f) => !f.visitSummary).map((f) => f.id)
  if (missing.length) for (const [id, visits] of await visitsOf(store, missing)) figures.set(id, visitFigures(visits, year))
  return figures
}

/** One year's visits in the subtree of union `unionId` (null: of every union), grouped by household. */
export async function visitsOfYear(store: Store, year: number, unionId: string | null): Promise<Map<string, Doc<VisitDoc>[]>> {
  const where: Condition[] = [{ field: 'year', op: 'eq', value: year }]
  if (unionId !== null) where.push(inSubtree(unionId))
  const byFile = new Map<string, Doc<VisitDoc>[]>()
  for (const visit of await findAll<VisitDoc>(store, 'visits', where)) byFile.set(visit.applicationId, [...(byFile.get(visit.applicationId) ?? []), visit])
  return byFile
}

export type HouseholdBatch = { files: Doc<FileDoc>[]; visits: Map<string, Doc<VisitDoc>[]>; nextCursor: string | null }

/**
 * A scheduled sweep's batch: the next `limit` filed households in id order after `cursor`, with this year's
 * visits of each. Two queries whatever the data size (a household has a few visits a year, so its visits fit a page).
 */
export async function householdBatch(store: Store, year: number, cursor: string | null, limit: number): Promise<HouseholdBatch> {
  // The sealed form and visit texts stay in the database: a sweep needs only the summary fields.
  const page = await store.find<FileDoc>('applications', { where: [FILED], limit, cursor: cursor ?? undefined, omit: ['sealed'] })
  const files = page.items.filter(isFiled)
  const visits = new Map<string, Doc<VisitDoc>[]>(files.map((f) => [f.id, []]))
  if (files.length) {
    const where: Condition[] = [
      { field: 'applicationId', op: 'in', value: files.map((f) => f.id) },
      { field: 'year', op: 'eq', value: year },
    ]
    for (const visit of await findAll<VisitDoc>(store, 'visits', where, ['sealed'])) visits.get(visit.applicationId)?.push(visit)
  }
  return { files, visits, nextCursor: page.nextCursor }
}
