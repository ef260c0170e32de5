/**
 * Local-only sign-in with the demo accounts. This module is imported by the
 * local host alone; no cloud function bundle contains it (a test checks), so a
 * cloud build cannot offer it.
 */
import { AppError } from '../../src/domain/shared/app-error'
import type { Identity } from '../core/caller'
import type { Clock } from '../core/ports/clock.port'
import type { Deps } from '../core/deps'
import { DevClock } from './dev-clock'

/** Sessions run on the real clock: moving the dev clock on by days must not sign everyone out. */
const sessionClock = (deps: Deps): Clock => (deps.clock instanceof DevClock ? deps.clock.base : deps.clock)
import { DEMO_ACCOUNTS, unionName } from './demo-data'

export function listDemoAccounts() {
  return DEMO_ACCOUNTS.map((a) => ({
    account: a.account,
    name: a.name,
    roles: a.roles,
    unionName: unionName(a.unionId ?? a.employee?.unionId),
    // Fictional numbers, shown so a demo user can bind without inventing one.
    ...(a.employee && !a.employee.bindOnStart ? { demoIdNumber: a.employee.idNumber, demoMobile: a.employee.mobile } : {}),
  }))
}

export function signIn(deps: Deps, account: unknown, tokenHours: number): { token: string; expiresAt: string } {
  const found = typeof account === 'string' ? DEMO_ACCOUNTS.find((a) => a.account === account) : undefined
  if (!found) throw new AppError('INVALID_INPUT', '演示账号不存在，请从列表中选择', { account: '演示账号不存在' })
  const exp = Math.floor(sessionClock(deps).now().getTime() / 1000) + tokenHours * 3600
  return { token: deps.keys.sign({ sub: found.userId, exp }), expiresAt: new Date(exp * 1000).toISOString() }
}

/** The identity a bearer token vouches for; a bad or expired token is an error, no token is "nobody". */
export function identityFromHeader(deps: Deps, header: string | undefined): Identity {
  if (!header) return { kind: 'none' }
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  const payload = match?.[1] ? deps.keys.verify(match[1]) : null
  if (!payload || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
    throw new AppError('UNAUTHENTICATED', '登录凭证无效，请重新登录')
  }
  if (payload.exp * 1000 <= sessionClock(deps).now().getTime()) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录')
  return { kind: 'user', userId: payload.sub }
}
