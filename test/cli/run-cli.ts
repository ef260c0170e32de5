/** Runs a real command-line entry the way automated checks do, and insists stdout is exactly one JSON object. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')

export type CliRun = { status: number | null; json: Record<string, unknown>; stdout: string; stderr: string }

export function runCli(script: string, args: string[] = [], stdin?: string): CliRun {
  const result = spawnSync(TSX, [path.join(ROOT, 'cloudfunctions/cli', script), ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', timeout: 20_000 })
  return { status: result.status, json: onlyJsonObject(result.stdout), stdout: result.stdout, stderr: result.stderr }
}

/** One line, one object: nothing else on stdout. */
export function onlyJsonObject(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((line) => line !== '')
  if (lines.length !== 1) throw new Error(`expected exactly one line of JSON on stdout, got: ${JSON.stringify(stdout)}`)
  const value: unknown = JSON.parse(lines[0]!)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`expected a JSON object, got ${lines[0]}`)
  return value as Record<string, unknown>
}
