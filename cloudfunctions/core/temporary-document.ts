/**
 * Generated documents with personal data (a printout, an export) are made on
 * demand and handed out through a link that works for five minutes. They are
 * never kept in plain text at rest:
 * - locally the file lies under `temporary/` sealed with the data key
 *   (AES-256-GCM, see LocalFiles) and is opened only while the host serves a
 *   valid link;
 * - in CloudBase the storage service itself serves the link (the mini-program
 *   downloads from the storage domain, the only one it may reach), so the file
 *   rests in private storage, readable only through that signed link.
 * In both, a record with the expiry is kept beside it, and the file is removed
 * once its link has expired: by the next document made, and by the timer's sweep.
 */
import type { ActionContext } from './action'
import type { Deps } from './deps'
import { checkPath } from '../adapters/common/file-paths'

export const TEMPORARY_LINK_SECONDS = 300
/** Storage folder of these documents; LocalFiles seals everything under it. */
export const TEMPORARY_FOLDER = 'temporary'
/** Expired documents removed per sweep call; the timer comes back for the rest. */
const SWEEP_BATCH = 100

export type TemporaryFile = { path: string; expiresAt: string }

export type TemporaryDocument = { name: string; bytes: Buffer; contentType: string }

export async function temporaryDocument(ctx: ActionContext, doc: TemporaryDocument): Promise<{ url: string; expiresInSeconds: number }> {
  const { deps } = ctx
  const id = deps.ids.next('t')
  // The random folder makes the link unguessable; the name is what the user's device saves the file as.
  const path = checkPath(`${TEMPORARY_FOLDER}/${id}/${doc.name}`)
  const expiresAt = new Date(deps.clock.now().getTime() + TEMPORARY_LINK_SECONDS * 1000).toISOString()
  // The record first: should the upload fail half-way, the sweep still knows what to remove.
  await deps.store.insert<TemporaryFile>('temporaryFiles', id, { path, expiresAt })
  await deps.files.put(path, doc.bytes, doc.contentType)
  // Housekeeping on the way: a failure here must not cost the user the document (the timer's sweep retries).
  await sweepTemporaryDocuments(deps).catch(() => 0)
  return { url: await deps.files.signedUrl(path, TEMPORARY_LINK_SECONDS), expiresInSeconds: TEMPORARY_LINK_SECONDS }
}

/** Removes documents whose link has expired; returns how many. */
export async function sweepTemporaryDocuments(deps: Deps): Promise<number> {
  const now = deps.clock.now().toISOString()
  const page = await deps.store.find<TemporaryFile>('temporaryFiles', {
    where: [{ field: 'expiresAt', op: 'lt', value: now }],
    orderBy: { field: 'expiresAt', direction: 'asc' },
    limit: SWEEP_BATCH,
  })
  let removed = 0
  for (const file of page.items) {
    await deps.files.remove(file.path)
    // A sweep running at the same moment may have removed the record first: that is the same outcome.
    removed += await deps.store.remove('temporaryFiles', file.id, file.version).then(
      () => 1,
      () => 0,
    )
  }
  return removed
}
