/**
 * A clock for tests and demos, local only: `POST /api/dev/clock` moves it
 * (`{ "advanceDays": n }` or `{ "now": "<ISO time>" }`) and every step and
 * scheduled sweep then sees that time. It is an offset on the real clock, so
 * time keeps running from the moment set. Imported by the local host alone;
 * the functions build refuses a bundle that contains it (marker `dev/clock`).
 */
import { z } from 'zod'
import { AppError } from '../../src/domain/shared/app-error'
import type { Clock } from '../core/ports/clock.port'

const DAY_MS = 86_400_000

const SHAPE = '请求应为 { "advanceDays": 天数 } 或 { "now": "ISO时间" }'
const advance = z.object({
  advanceDays: z
    .number({ error: '推进天数应为整数' })
    .int({ error: '推进天数应为整数' })
    .min(-3650, { error: '推进天数应在±3650天之内' })
    .max(3650, { error: '推进天数应在±3650天之内' }),
})
const setTo = z.object({ now: z.iso.datetime({ offset: true, error: '时间应为ISO格式，如2026-12-01T09:00:00+08:00' }) })

/** The request as one of its two shapes, or INVALID_INPUT naming the field. */
function parseRequest(body: unknown): { advanceDays: number } | { now: string } {
  const keys = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body) : []
  if (keys.length !== 1 || (keys[0] !== 'advanceDays' && keys[0] !== 'now')) throw new AppError('BAD_REQUEST', SHAPE)
  const field = keys[0]
  const parsed = field === 'now' ? setTo.safeParse(body) : advance.safeParse(body)
  if (parsed.success) return parsed.data
  const message = parsed.error.issues[0]?.message ?? SHAPE
  throw new AppError('INVALID_INPUT', message, { [field]: message })
}

export class DevClock implements Clock {
  private offsetMs = 0

  /** `base` is the real clock (a test's own clock in tests); sessions keep to it, see dev-auth.ts. */
  constructor(readonly base: Clock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs)
  }

  /** Applies a `POST /api/dev/clock` body; returns the new time. */
  move(body: unknown): Date {
    const request = parseRequest(body)
    if ('advanceDays' in request) this.offsetMs += request.advanceDays * DAY_MS
    else this.offsetMs = new Date(request.now).getTime() - this.base.now().getTime()
    return this.now()
  }
}
