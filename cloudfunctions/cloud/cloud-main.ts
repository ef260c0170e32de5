/**
 * The CloudBase entry every function exports as `main(event, context)`.
 * The caller is the OPENID the WeChat runtime vouches for (wx-server-sdk's
 * getWXContext, read per call), never a field of the event: WeChat adds
 * `userInfo` to events, and a client could add anything else.
 * It always answers an Envelope and never throws: a cloud function that
 * throws shows the caller a stack trace.
 */
import type { ActionSet } from '../core/action'
import type { Identity } from '../core/caller'
import type { Deps } from '../core/deps'
import { dispatch, type Envelope, type Logger } from '../core/dispatch'
import { ConfigError } from './cloud-settings'

export type CloudMainOptions = {
  /** The container's Deps; defaults to the CloudBase adapters, built on first use. */
  deps?: () => Deps | Promise<Deps>
  /** The caller's OPENID as the runtime states it; defaults to wx-server-sdk's getWXContext(). */
  openid?: () => Promise<string | undefined>
  log?: Logger
  /** Scheduled work run by this function's timer triggers (see its config.json), told which trigger fired. */
  onTimer?: (deps: Deps, trigger: string) => Promise<unknown>
}

/**
 * A timer trigger's event (`{ Type: 'Timer', TriggerName, Time }`). Only
 * believed without an OPENID: a call from the mini-program always carries
 * one, so a client cannot pass itself off as the scheduler.
 */
function isTimer(event: unknown, openid: string | undefined): boolean {
  return !openid && typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
}

function triggerName(event: unknown): string {
  const name = (event as { TriggerName?: unknown }).TriggerName
  return typeof name === 'string' ? name : ''
}

/** One JSON line per event, so the CloudBase log search can filter on fields. Never personal data. */
const consoleLog: Logger = {
  error: (message, detail) => console.error(JSON.stringify({ level: 'error', message, ...detail })),
}

// The SDK bindings load on the first call: requiring the SDKs is slow, and tests that inject both need not pay for it.
async function defaultOpenid(): Promise<string | undefined> {
  const { wxOpenid } = await import('./cloud-deps')
  return wxOpenid()
}

async function defaultDeps(): Promise<Deps> {
  const { cloudDeps } = await import('./cloud-deps')
  return cloudDeps()
}

function failure(error: unknown, fn: string, log: Logger): Envelope {
  if (error instanceof ConfigError) {
    log.error('configuration incomplete', { fn, error: error.message })
    return { ok: false, error: { code: 'INTERNAL', message: `服务配置不完整，请联系管理员。${error.message}` } }
  }
  log.error('entry failed', { fn, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  return { ok: false, error: { code: 'INTERNAL', message: '服务暂时出错，请稍后重试' } }
}

export function makeCloudMain(fn: string, actions: ActionSet, options: CloudMainOptions = {}) {
  const { deps = defaultDeps, openid = defaultOpenid, log = consoleLog, onTimer } = options
  return async function main(event: unknown, _context?: unknown): Promise<Envelope> {
    try {
      const id = await openid()
      if (onTimer && isTimer(event, id)) return { ok: true, data: (await onTimer(await deps(), triggerName(event))) ?? null }
      const identity: Identity = id ? { kind: 'openid', openid: id } : { kind: 'none' }
      return await dispatch(fn, actions, event, identity, await deps(), log)
    } catch (error) {
      return failure(error, fn, log)
    }
  }
}
