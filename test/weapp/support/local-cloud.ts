/**
 * A stand-in for the CloudBase runtime: a `wx.cloud` whose callFunction runs the real
 * dispatcher in-process on a temporary SQLite database loaded with the demo data.
 * In the cloud the runtime supplies the caller's OPENID; here the test names the user.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { dispatch, type Envelope, type Logger } from '../../../cloudfunctions/core/dispatch'
import { FUNCTIONS } from '../../../cloudfunctions/features/registry'
import { loadDemoData } from '../../../cloudfunctions/local-host/demo-data'
import { makeLocalDeps, type LocalDeps } from '../../../cloudfunctions/local-host/local-deps'
import type { WxCloud } from './weapp-harness'

export type CloudCall = { name: string; data: unknown; result: Envelope }

export type LocalCloud = {
  deps: LocalDeps
  /** Errors the dispatcher logged (unexpected exceptions); a healthy run logs none. */
  logged: string[]
  /** Runs one call as `userId`, without going through a page. */
  call(userId: string, name: string, data: unknown): Promise<Envelope>
  /** A `wx.cloud` for one signed-in user; `calls` records what the page asked for. */
  wxCloudFor(userId: string): { cloud: WxCloud; calls: CloudCall[]; inits: unknown[] }
  close(): Promise<void>
}

export async function startLocalCloud(): Promise<LocalCloud> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-weapp-'))
  const logged: string[] = []
  const log: Logger = { error: (message, detail) => void logged.push(`${message} ${JSON.stringify(detail ?? {})}`) }
  let deps: LocalDeps
  try {
    deps = makeLocalDeps(dir)
    await loadDemoData(deps, log)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }

  const call = async (userId: string, name: string, data: unknown): Promise<Envelope> => {
    const actions = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    // wx.cloud rejects a call to a function that is not deployed (errCode -501000).
    if (!actions) throw Object.assign(new Error(`cloud.callFunction:fail FunctionName parameter could not be found: ${name}`), { errCode: -501000 })
    // The request and the answer cross the network as JSON.
    const event: unknown = JSON.parse(JSON.stringify(data ?? {}))
    const result = await dispatch(name, actions, event, { kind: 'user', userId }, deps, log)
    return JSON.parse(JSON.stringify(result)) as Envelope
  }

  return {
    deps,
    logged,
    call,
    wxCloudFor(userId) {
      const calls: CloudCall[] = []
      const inits: unknown[] = []
      const cloud: WxCloud = {
        init: (options) => void inits.push(options ?? {}),
        async callFunction({ name, data }) {
          const result = await call(userId, name, data)
          calls.push({ name, data, result })
          return { errMsg: 'cloud.callFunction:ok', result, requestID: `local-${calls.length}` }
        },
      }
      return { cloud, calls, inits }
    },
    async close() {
      try {
        await deps.store.close()
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
