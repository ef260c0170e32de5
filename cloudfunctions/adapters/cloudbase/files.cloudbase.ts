/**
 * Private files in CloudBase storage. The port speaks in paths; the SDK in
 * file IDs (`cloud://<env>.<bucket>/<path>`). The bucket part is not
 * configuration we can know in advance, so the first call learns it from
 * the service (the upload ticket names the file ID) and every later path
 * reuses it.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import type { Files } from '../../core/ports/files.port'
import { checkPath } from '../common/file-paths'

export type StorageApi = Pick<CloudBase, 'uploadFile' | 'getTempFileURL' | 'deleteFile' | 'getUploadMetadata'>

/** Same rule as local files: server-built, no `..`, no leading slash. */

/** The most files one getTempFileURL call may name. */
export const LINKS_PER_CALL = 50

/** Codes of a file that is simply not there (the service's wording varies between its APIs). */
const MISSING = /NOT_?EXIST|NONEXIST|NOT_?FOUND/i

export class CloudbaseFiles implements Files {
  private prefix: string | undefined

  constructor(
    private readonly storage: StorageApi,
    private readonly fetchUrl: (url: string) => Promise<Response> = (url) => fetch(url),
  ) {}

  async put(path: string, bytes: Buffer, _contentType: string): Promise<void> {
    // Storage infers the type from the extension; the path is ours, so it already has the right one.
    const { fileID } = await this.storage.uploadFile({ cloudPath: checkPath(path), fileContent: bytes })
    this.learn(path, fileID)
  }

  async read(path: string): Promise<Buffer | null> {
    const link = await this.link(path, 60)
    if (!link) return null
    const res = await this.fetchUrl(link)
    if (res.status === 404) return null
    if (!res.ok) throw new Error(`storage download failed with HTTP ${res.status}`)
    return Buffer.from(await res.arrayBuffer())
  }

  async signedUrl(path: string, ttlSeconds: number): Promise<string> {
    const link = await this.link(path, ttlSeconds)
    if (!link) throw new Error(`no such file ${path}`)
    return link
  }

  async signedUrls(paths: readonly string[], ttlSeconds: number): Promise<string[]> {
    // The first path teaches the bucket prefix (at most one request); the others reuse it.
    const ids: string[] = []
    for (const p of paths) ids.push(await this.fileId(p))
    const chunks: string[][] = []
    for (let i = 0; i < ids.length; i += LINKS_PER_CALL) chunks.push(ids.slice(i, i + LINKS_PER_CALL))
    const answers = await Promise.all(chunks.map((chunk) => this.storage.getTempFileURL({ fileList: chunk.map((fileID) => ({ fileID, maxAge: ttlSeconds })) })))
    const links = new Map(answers.flatMap(({ fileList }) => fileList.map((item) => [item.fileID, item] as const)))
    return ids.map((id, i) => {
      const item = links.get(id)
      if (item?.code === 'SUCCESS' && item.tempFileURL) return item.tempFileURL
      throw new Error(`storage link failed for ${paths[i] ?? id}: ${item?.code ?? 'no answer'}`)
    })
  }

  async remove(path: string): Promise<void> {
    const { fileList } = await this.storage.deleteFile({ fileList: [await this.fileId(path)] })
    const code = fileList[0]?.code ?? 'SUCCESS'
    // Removing what is already gone is success, as it is on local disk.
    if (code !== 'SUCCESS' && !MISSING.test(code)) throw new Error(`storage delete failed: ${code}`)
  }

  private async link(path: string, maxAge: number): Promise<string | null> {
    const { fileList } = await this.storage.getTempFileURL({ fileList: [{ fileID: await this.fileId(path), maxAge }] })
    const item = fileList[0]
    if (item?.code === 'SUCCESS' && item.tempFileURL) return item.tempFileURL
    if (!item || MISSING.test(item.code)) return null
    throw new Error(`storage link failed: ${item.code}`)
  }

  private async fileId(path: string): Promise<string> {
    checkPath(path)
    if (this.prefix === undefined) {
      const ticket = await this.storage.getUploadMetadata({ cloudPath: path })
      this.learn(path, ticket.data.fileId)
    }
    return `${this.prefix ?? ''}${path}`
  }

  private learn(path: string, fileID: string): void {
    if (!fileID.endsWith(`/${path}`)) throw new Error(`unexpected file ID for ${path}`)
    this.prefix = fileID.slice(0, fileID.length - path.length)
  }
}
