/** Who hears about a file's life: its chair(s), its union's staff, its helpers, the worker. Read before a transaction. */
import type { Deps } from '../../core/deps'
import { staffOfUnion } from '../../core/notices'
import type { FiledDoc } from './file-access'

export async function chairsOf(deps: Deps, unionId: string): Promise<string[]> {
  const page = await deps.store.find('users', { where: [{ field: 'chairUnionId', op: 'eq', value: unionId }], limit: 20 })
  return page.items.map((u) => u.id)
}

export async function chairNameOf(deps: Deps, unionId: string): Promise<string> {
  const page = await deps.store.find<{ displayName: string }>('users', { where: [{ field: 'chairUnionId', op: 'eq', value: unionId }], limit: 1 })
  return page.items[0]?.displayName ?? ''
}

/** The worker, the helpers and the grassroots union's staff: everyone concerned by a cancellation. */
export async function concernedBy(deps: Deps, file: Pick<FiledDoc, 'applicantId' | 'filed' | 'unionId'>): Promise<{ worker: string; others: string[] }> {
  const helpers = [file.filed.helperId, ...(file.filed.secondHelperId ? [file.filed.secondHelperId] : [])]
  return { worker: file.applicantId, others: [...helpers, ...(await staffOfUnion(deps, file.unionId))] }
}
