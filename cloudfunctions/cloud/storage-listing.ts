/**
 * Listing CloudBase storage, which @cloudbase/node-sdk cannot do: the
 * scheduler alone lists `incoming/` to sweep uploads nobody registered, with
 * @cloudbase/manager-node's COS listing under the function's own temporary
 * credentials (TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN, which the SCF
 * runtime sets; the function's role needs storage read and delete). Only the
 * scheduler's bundle requires manager-node, so no other function installs it.
 */
import CloudBase from '@cloudbase/manager-node'
import type { Files } from '../core/ports/files.port'

type Listed = { Key: string; LastModified: string }
export type DirectoryLister = (folder: string) => Promise<Listed[]>

/** manager-node's directory walk for environment `envId`, set up on first use. */
export function managerLister(envId: string): DirectoryLister {
  let app: CloudBase | undefined
  return async (folder) => {
    app ??= new CloudBase({ envId })
    return (await app.storage.listDirectoryFiles(`${folder}/`)) as Listed[]
  }
}

/** `files` with `listOlderThan` answered by `list`: files directly in the folder, last written before `before`, oldest first. */
export function withListing(files: Files, list: DirectoryLister): Files {
  return {
    put: (path, bytes, contentType) => files.put(path, bytes, contentType),
    read: (path) => files.read(path),
    signedUrl: (path, ttl) => files.signedUrl(path, ttl),
    signedUrls: (paths, ttl) => files.signedUrls(paths, ttl),
    remove: (path) => files.remove(path),
    async listOlderThan(folder, before, limit) {
      const direct = (await list(folder)).filter((f) => f.Key.startsWith(`${folder}/`) && !f.Key.slice(folder.length + 1).includes('/'))
      return direct
        .map((f) => ({ path: f.Key, at: Date.parse(f.LastModified) }))
        .filter((f) => Number.isFinite(f.at) && f.at < before.getTime())
        .sort((a, b) => a.at - b.at)
        .slice(0, limit)
        .map((f) => f.path)
    },
  }
}
