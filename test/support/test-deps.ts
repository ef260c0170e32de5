/** Real local adapters on a temporary DATA_DIR, with a clock the test controls. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Identity } from '../../cloudfunctions/core/caller'
import type { Deps } from '../../cloudfunctions/core/deps'
import { dispatch, type Envelope } from '../../cloudfunctions/core/dispatch'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { loadDemoData } from '../../cloudfunctions/local-host/demo-data'
import { makeLocalDeps, type LocalDeps } from '../../cloudfunctions/local-host/local-deps'

export class TestClock {
  constructor(public current = new Date('2026-11-22T02:00:00Z')) {}
  now = () => new Date(this.current)
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms)
  }
}

export const quietLog = { error: () => undefined, info: () => undefined }

/** What calling an action needs: any adapters (local, or CloudBase against the stand-in) and the test's clock. */
export type CallEnv = { deps: Deps; clock: TestClock }

export type TestEnv = { dir: string; deps: LocalDeps; clock: TestClock; reopen(): Promise<void>; close(): Promise<void> }

export async function makeTestEnv(opts: { demo?: boolean } = {}): Promise<TestEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-test-'))
  const clock = new TestClock()
  const env: TestEnv = {
    dir,
    clock,
    deps: makeLocalDeps(dir, clock),
    // Closing and reopening the same files is what a server restart does to the data.
    async reopen() {
      await env.deps.store.close()
      env.deps = makeLocalDeps(dir, clock)
    },
    async close() {
      await env.deps.store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  if (opts.demo !== false) await loadDemoData(env.deps, quietLog)
  return env
}

let counter = 0
export const freshRequestId = () => `test-${Date.now().toString(36)}-${(counter += 1)}`

/** Calls a function action the way a runtime does, as the given user. */
export function callAs(env: CallEnv, userId: string | null, fn: string, action: string, data?: unknown, requestId?: string): Promise<Envelope> {
  const identity: Identity = userId ? { kind: 'user', userId } : { kind: 'none' }
  return dispatch(fn, FUNCTIONS[fn] ?? {}, { action, data, requestId }, identity, env.deps, quietLog)
}

export function dataOf<T>(envelope: Envelope): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data as T
}

export function errorOf(envelope: Envelope) {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.data)}`)
  return envelope.error
}
