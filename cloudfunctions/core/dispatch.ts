/**
 * The one path every call takes, in cloud and locally:
 * parse the envelope → find the action → resolve the caller → authorize →
 * validate input → replay or run (writes exactly once) → send the notices it queued → answer.
 * Whatever goes wrong, the caller gets `{ code, message, fields? }`, never a stack.
 */
import { z } from 'zod'
import { AppError, invalidInput, type ErrorBody } from '../../src/domain/shared/app-error'
import { chinaDate } from './ports/clock.port'
import { isAllowed, type ActionContext, type ActionSet } from './action'
import { resolveCaller, type Identity } from './caller'
import type { Deps } from './deps'
import { sendQueued } from './outbox'
import type { DocOps } from './ports/store.port'

export type Envelope = { ok: true; data: unknown } | { ok: false; error: ErrorBody }

export type Logger = { error(message: string, detail?: Record<string, unknown>): void }

export const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

const envelopeSchema = z.object({
  action: z.string({ error: '请求缺少操作名（action）' }).min(1, { error: '请求缺少操作名（action）' }),
  data: z.unknown().optional(),
  requestId: z.string().regex(REQUEST_ID, { error: '请求编号（requestId）应为8至64位字母、数字、-或_' }).optional(),
})

type RequestDoc = { action: string; result: unknown; at: string }

/** Thrown inside a transaction that finds its request already answered; it rolls the work back. */
class Replay extends Error {
  constructor(readonly result: unknown) {
    super('request already answered')
  }
}

export async function dispatch(fn: string, actions: ActionSet, event: unknown, identity: Identity, deps: Deps, log: Logger): Promise<Envelope> {
  try {
    const envelope = envelopeSchema.safeParse(event)
    if (!envelope.success) throw new AppError('BAD_REQUEST', envelope.error.issues[0]?.message ?? '请求格式不正确')
    const { action: name, data, requestId } = envelope.data
    const action = Object.hasOwn(actions, name) ? actions[name] : undefined
    if (!action) throw new AppError('UNKNOWN_ACTION', `未知的操作：${fn}.${name}`)

    const caller = await resolveCaller(deps, identity)
    if (!caller) throw new AppError('UNAUTHENTICATED', '请先登录')
    if (!isAllowed(action.allow, caller)) throw new AppError('FORBIDDEN', '您没有权限执行此操作')

    const now = deps.clock.now()
    const today = chinaDate(now)
    const input = action.input({ today }).safeParse(data ?? {})
    if (!input.success) throw invalidInput(input.error)

    const fullName = `${fn}.${name}`
    let recorded = false
    const queued = new Set<string>()
    let transact: ActionContext['transact'] = () => Promise.reject(new Error(`${fullName} is a read action and cannot write`))
    if (action.kind === 'write') {
      if (!requestId) throw new AppError('BAD_REQUEST', '写操作缺少请求编号（requestId）')
      const key = `${caller.userId}:${requestId}`
      const prior = await deps.store.get<RequestDoc>('requests', key)
      if (prior) return answerReplay(prior, fullName)
      transact = <R>(work: (tx: DocOps) => Promise<R>) =>
        deps.store.transaction(async (tx) => {
          const raced = await tx.get<RequestDoc>('requests', key)
          if (raced) throw new Replay(answerReplay(raced, fullName))
          const result = await work(watchOutbox(tx, queued))
          await tx.insert<RequestDoc>('requests', key, { action: fullName, result: result ?? null, at: now.toISOString() })
          recorded = true
          return result
        })
    }

    const ctx: ActionContext = { caller, deps, today, now: now.toISOString(), transact }
    const result = await action.run(ctx, input.data)
    if (action.kind === 'write') {
      if (!recorded) throw new Error(`${fullName} returned without calling transact`)
      // Only this request's notices: a backlog is the scheduler's drain job (core/outbox.ts), never a caller's wait.
      await sendQueued(deps, queued).catch((e: unknown) => log.error('sending notices failed', { error: String(e) }))
    }
    return { ok: true, data: result ?? null }
  } catch (error) {
    if (error instanceof Replay) return error.result as Envelope
    if (error instanceof AppError) return { ok: false, error: error.toBody() }
    log.error('unexpected error', { fn, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    return { ok: false, error: { code: 'INTERNAL', message: '服务暂时出错，请稍后重试' } }
  }
}

/** The transaction's operations, noting the id of every outbox message it queues. */
function watchOutbox(tx: DocOps, queued: Set<string>): DocOps {
  return {
    ...tx,
    insert: async (collection, id, data) => {
      const doc = await tx.insert(collection, id, data)
      if (collection === 'outbox') queued.add(id)
      return doc
    },
  }
}

function answerReplay(prior: RequestDoc, fullName: string): Envelope {
  if (prior.action !== fullName) throw new AppError('BAD_REQUEST', '请求编号已用于其他操作，请刷新后重试')
  return { ok: true, data: prior.result }
}
