/**
 * The on-device outbox: a write (and the photos it references) is saved here
 * first and sent when it can be. Every change of state is written to storage
 * before anything else happens, so killing the app loses nothing; each item
 * carries its request id and upload ids from the moment it is made, so a
 * retry is a replay the server recognises, never a second record.
 * Items go out one at a time in the order they were made.
 */
import { backoffDelay } from './backoff'
import type { FailureKind, OutboxItem, OutboxStorage, OutboxTransport } from './outbox.types'

const KEY = 'bangfu.outbox.v1'
/** Arrived items are kept a while so the user sees them arrive, then dropped. */
const KEEP_DONE = 20
/** Service faults in a row before an item stops retrying by itself (2 + 4 + 8 + 16 s of backoff, about half a minute). */
export const MAX_SERVICE_FAILURES = 5

export type OutboxOptions = {
  storage: OutboxStorage
  transport: OutboxTransport
  classify: (error: unknown) => { kind: FailureKind; message: string }
  now?: () => number
  random?: () => number
}

export class Outbox {
  private items: OutboxItem[]
  private running: Promise<void> | null = null
  private readonly listeners = new Set<(items: readonly OutboxItem[]) => void>()

  constructor(private readonly options: OutboxOptions) {
    this.items = this.load()
    // A kill during sending leaves items marked in flight: they are simply due again.
    for (const item of this.items) if (item.state === 'sending') item.state = 'pending'
    this.save()
  }

  list(): readonly OutboxItem[] {
    return this.items
  }

  subscribe(listener: (items: readonly OutboxItem[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Saves an item; adding an id that is already here changes nothing. */
  add(item: Pick<OutboxItem, 'id' | 'title' | 'steps'>): OutboxItem {
    const existing = this.items.find((i) => i.id === item.id)
    if (existing) return existing
    const fresh: OutboxItem = { ...item, createdAt: this.now(), state: 'pending', attempts: 0, nextAttemptAt: 0 }
    this.items.push(fresh)
    this.save()
    return fresh
  }

  /**
   * Makes failed items due now. The user's 重试 (`user`) also wakes stalled
   * items and gives them a fresh count of service retries; the network
   * coming back (`network`) does not, since it was not the network's fault.
   */
  retryNow(reason: 'user' | 'network' = 'user'): void {
    for (const item of this.items) {
      if (item.state === 'failed') item.nextAttemptAt = 0
      if (item.state === 'stalled' && reason === 'user') Object.assign(item, { state: 'failed', nextAttemptAt: 0, serviceFailures: 0 })
    }
    this.save()
  }

  /** Removes an item the server refused, once the user has dealt with it. */
  discard(id: string): void {
    this.items = this.items.filter((i) => !(i.id === id && (i.state === 'rejected' || i.state === 'done')))
    this.save()
  }

  /** Sends what is due, in order; concurrent calls share one run. */
  flush(): Promise<void> {
    this.running ??= this.sendDue().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async sendDue(): Promise<void> {
    for (const item of this.items) {
      if (item.state === 'done' || item.state === 'rejected' || item.state === 'stalled') continue
      if (item.nextAttemptAt > this.now()) return // keep order: nothing overtakes a waiting item
      const ok = await this.send(item)
      if (!ok) return
    }
  }

  private async send(item: OutboxItem): Promise<boolean> {
    this.update(item, { state: 'sending' })
    try {
      for (const step of item.steps) {
        if (step.done) continue
        if (step.type === 'upload' && !this.uploaded(step.uploadId)) await this.options.transport.upload(step)
        else if (step.type === 'call') item.result = await this.options.transport.call(step)
        step.done = true
        this.save()
      }
      this.update(item, { state: 'done', lastError: undefined })
      this.trimDone()
      return true
    } catch (error) {
      return this.failed(item, this.options.classify(error))
    }
  }

  /** Records a failure; answers whether the items behind it may go (a refused or stalled item does not hold them back, a retried one does). */
  private failed(item: OutboxItem, { kind, message }: { kind: FailureKind; message: string }): boolean {
    const attempts = item.attempts + 1
    if (kind === 'rejected') {
      this.update(item, { state: 'rejected', attempts, lastError: message })
      return true
    }
    const serviceFailures = (item.serviceFailures ?? 0) + (kind === 'service' ? 1 : 0)
    if (serviceFailures >= MAX_SERVICE_FAILURES) {
      const lastError = `${message}（已自动重试${serviceFailures}次，暂停；请稍后点“重试”，仍不行请联系工会）`
      this.update(item, { state: 'stalled', attempts, serviceFailures, lastError })
      return true
    }
    this.update(item, {
      state: 'failed',
      attempts,
      serviceFailures,
      lastError: message,
      nextAttemptAt: this.now() + backoffDelay(attempts, this.options.random),
    })
    return false
  }

  /**
   * A photo put in the outbox on its own when it was taken, then named again
   * by the record that references it, is sent once: whichever item got it
   * there first, the other counts it as done.
   */
  private uploaded(uploadId: string): boolean {
    return this.items.some((i) => i.steps.some((s) => s.type === 'upload' && s.uploadId === uploadId && s.done))
  }

  private update(item: OutboxItem, patch: Partial<OutboxItem>): void {
    Object.assign(item, patch)
    this.save()
  }

  private trimDone(): void {
    const done = this.items.filter((i) => i.state === 'done')
    if (done.length <= KEEP_DONE) return
    const drop = new Set(done.slice(0, done.length - KEEP_DONE).map((i) => i.id))
    this.items = this.items.filter((i) => !drop.has(i.id))
    this.save()
  }

  private load(): OutboxItem[] {
    const raw = this.options.storage.read(KEY)
    if (!raw) return []
    try {
      const parsed: unknown = JSON.parse(raw)
      return Array.isArray(parsed) ? (parsed as OutboxItem[]) : []
    } catch {
      return []
    }
  }

  private save(): void {
    this.options.storage.write(KEY, JSON.stringify(this.items))
    for (const listener of this.listeners) listener(this.items)
  }

  private now(): number {
    return (this.options.now ?? Date.now)()
  }
}
