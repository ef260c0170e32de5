/** Builds the H5 app when it is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './settings'

function newestMtime(entry: string): number {
  const info = statSync(entry, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), info.mtimeMs)
}

export function h5IsStale(h5Dir: string): boolean {
  const index = path.join(h5Dir, 'index.html')
  if (!existsSync(index)) return true
  const sources = ['src', 'config', 'babel.config.js', 'package.json'].map((p) => path.join(REPO_ROOT, p))
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs
}

export function ensureH5Build(h5Dir: string, say: (line: string) => void): void {
  if (!h5IsStale(h5Dir)) return
  say('正在构建网页版（首次约需半分钟）…')
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: REPO_ROOT, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('H5 build failed')
}
