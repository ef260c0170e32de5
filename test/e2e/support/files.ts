/** Looking for secrets in what the host leaves on disk: every file read as bytes, nothing skipped. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every regular file under dir, recursively (the SQLite file, its -wal and -shm, uploads, keys, logs). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(full)
    return entry.isFile() ? [full] : []
  })
}

/**
 * The files under dir whose bytes contain the text, as UTF-8 or UTF-16LE (how
 * SQLite may store text), reported relative to dir.
 */
export function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]
  return listFiles(dir)
    .filter((file) => {
      const bytes = readFileSync(file)
      return needles.some((needle) => bytes.includes(needle))
    })
    .map((file) => path.relative(dir, file))
}
