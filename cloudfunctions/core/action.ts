/**
 * An action is one thing a caller can ask a function to do: its input schema
 * (the same zod schema the mini-program validates with), who may call it, and
 * the use case that does it. Actions without `allow` cannot be written.
 */
import type { z } from 'zod'
import type { Caller, Role } from '../../src/domain/account/roles'
import type { RuleContext } from '../../src/domain/shared/fields'
import type { Deps } from './deps'
import { chinaDate } from './ports/clock.port'
import type { DocOps } from './ports/store.port'

/** `signedIn`: anyone the server recognised; otherwise any of the listed roles. */
export type Allow = 'signedIn' | readonly Role[]

export type ActionContext = {
  caller: Caller
  deps: Deps
  today: string
  now: string
  /**
   * Runs the write atomically and records the answer under the request id, so
   * a retry returns this answer instead of writing again. Write actions call it once.
   */
  transact<R>(fn: (tx: DocOps) => Promise<R>): Promise<R>
}

export type Action<S extends z.ZodType = z.ZodType, R = unknown> = {
  summary: string
  kind: 'read' | 'write'
  allow: Allow
  input: (rules: RuleContext) => S
  run: (ctx: ActionContext, input: z.output<S>) => Promise<R>
}

/** Scheduled sweeps act as the system, not as a person: no roles, each write its own transaction, nothing replayed. */
export function systemContext(deps: Deps, now: Date): ActionContext {
  return {
    caller: { userId: 'system', displayName: '系统', roles: [] },
    deps,
    today: chinaDate(now),
    now: now.toISOString(),
    transact: (work) => deps.store.transaction(work),
  }
}

export function defineAction<S extends z.ZodType, R>(action: Action<S, R>): Action<S, R> {
  return action
}

export type ActionSet = Record<string, Action<z.ZodType, unknown>>

export function isAllowed(allow: Allow, caller: Caller): boolean {
  if (allow === 'signedIn') return true
  return allow.some((role) => caller.roles.includes(role))
}
