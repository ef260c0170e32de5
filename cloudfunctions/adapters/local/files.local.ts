/**
 * Files on local disk under DATA_DIR/files. Signed links point at the local
 * host's `/files/<path>?exp=…&sig=…`, checked with the token key.
 * Documents under `temporary/` (printouts, exports: full ID numbers) are
 * sealed with the data key on disk and opened only when read, so nothing
 * under DATA_DIR holds them in plain text (see core/temporary-document.ts).
 */
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises'
import path from 'node:path'
import type { Files } from '../../core/ports/files.port'
import type { Keys } from '../../core/ports/keys.port'
import type { Clock } from '../../core/ports/clock.port'
import { checkPath, SAFE_PATH } from '../common/file-paths'
import { TEMPORARY_FOLDER } from '../../core/temporary-document'

const sealedOnDisk = (p: string) => p.startsWith(`${TEMPORARY_FOLDER}/`)

export class LocalFiles implements Files {
  constructor(
    private readonly root: string,
    private readonly keys: Keys,
    private readonly clock: Clock,
  ) {}

  async put(p: string, bytes: Buffer): Promise<void> {
    const file = path.join(this.root, checkPath(p))
    await mkdir(path.dirname(file), { recursive: true })
    // Write then rename, so a crash never leaves half a file under the real name.
    const tmp = `${file}.part`
    await writeFile(tmp, sealedOnDisk(p) ? this.keys.seal(bytes.toString('base64')) : bytes)
    await rename(tmp, file)
  }

  async read(p: string): Promise<Buffer | null> {
    const bytes = await readFile(path.join(this.root, checkPath(p))).catch(() => null)
    if (!bytes || !sealedOnDisk(p)) return bytes
    return Buffer.from(this.keys.open(bytes.toString('utf8')), 'base64')
  }

  async signedUrl(p: string, ttlSeconds: number): Promise<string> {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + ttlSeconds
    const sig = this.keys.lookupHash('file-link', `${checkPath(p)}|${exp}`).slice(0, 32)
    return `/files/${p}?exp=${exp}&sig=${sig}`
  }

  signedUrls(paths: readonly string[], ttlSeconds: number): Promise<string[]> {
    return Promise.all(paths.map((p) => this.signedUrl(p, ttlSeconds)))
  }

  /** For the host: is this link ours and unexpired? */
  verifyLink(p: string, exp: number, sig: string): boolean {
    if (!SAFE_PATH.test(p) || !Number.isFinite(exp) || exp < this.clock.now().getTime() / 1000) return false
    return this.keys.lookupHash('file-link', `${p}|${exp}`).slice(0, 32) === sig
  }

  async remove(p: string): Promise<void> {
    await rm(path.join(this.root, checkPath(p)), { force: true })
  }
}
