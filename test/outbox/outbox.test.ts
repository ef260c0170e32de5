import { cloudCallError } from '../../src/api/cloud-errors'
import { backoffDelay, MAX_DELAY_MS } from '../../src/outbox/backoff'
import { classifyFailure } from '../../src/outbox/classify'
import { MAX_SERVICE_FAILURES, Outbox } from '../../src/outbox/outbox'
import { STATE_LABELS, type CallStep, type OutboxStorage, type OutboxTransport, type UploadStep } from '../../src/outbox/outbox.types'

class MemoryStorage implements OutboxStorage {
  data = new Map<string, string>()
  read = (key: string) => this.data.get(key)
  write = (key: string, value: string) => void this.data.set(key, value)
}

class NetworkError extends Error {}

/** A server that records what arrived, answers a replayed request id with its first answer, and can be "offline". */
class FakeServer implements OutboxTransport {
  offline = false
  log: string[] = []
  records = new Map<string, unknown>()
  files = new Set<string>()
  /** Fails the next call after the server did the work, as a dropped answer would. */
  loseNextAnswer = false

  async upload(step: UploadStep) {
    if (this.offline) throw new NetworkError('offline')
    this.files.add(step.uploadId)
    this.log.push(`upload ${step.uploadId}`)
  }

  async call(step: CallStep) {
    if (this.offline) throw new NetworkError('offline')
    if (step.action === 'bad') throw new Error('拜访日期不能晚于今天')
    if (!this.records.has(step.requestId)) this.records.set(step.requestId, { id: `rec-${this.records.size + 1}` })
    this.log.push(`call ${step.requestId}`)
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false
      throw new NetworkError('answer lost')
    }
    return this.records.get(step.requestId)
  }
}

const classify = (e: unknown) => ({
  kind: e instanceof NetworkError ? ('network' as const) : ('rejected' as const),
  message: e instanceof Error ? e.message : '未知错误',
})

function visit(id: string, photos: string[], action = 'fileVisit') {
  return {
    id,
    title: `入户走访 ${id}`,
    steps: [
      ...photos.map((p): UploadStep => ({ type: 'upload', uploadId: p, purpose: 'visitPhoto', localPath: `/tmp/${p}.jpg`, done: false })),
      { type: 'call', fn: 'visits', action, data: { photos }, requestId: `req-${id}`, done: false } satisfies CallStep,
    ],
  }
}

describe('outbox', () => {
  let storage: MemoryStorage
  let server: FakeServer
  let clock: number
  const open = () => new Outbox({ storage, transport: server, classify, now: () => clock, random: () => 0.5 })

  beforeEach(() => {
    storage = new MemoryStorage()
    server = new FakeServer()
    clock = 1_000_000
  })

  it('uploads the photos first, then the record, in the order items were made', async () => {
    const outbox = open()
    outbox.add(visit('a', ['a1', 'a2']))
    outbox.add(visit('b', ['b1']))
    await outbox.flush()
    expect(server.log).toEqual(['upload a1', 'upload a2', 'call req-a', 'upload b1', 'call req-b'])
    expect(outbox.list().map((i) => i.state)).toEqual(['done', 'done'])
    expect(outbox.list()[0]?.result).toEqual({ id: 'rec-1' })
  })

  it('waits offline with backoff, keeps order, and sends when the network returns', async () => {
    const outbox = open()
    server.offline = true
    outbox.add(visit('a', ['a1']))
    outbox.add(visit('b', []))
    await outbox.flush()
    expect(outbox.list().map((i) => [i.state, i.attempts])).toEqual([
      ['failed', 1],
      ['pending', 0],
    ])
    expect(outbox.list()[0]?.nextAttemptAt).toBe(clock + 2_000)

    await outbox.flush() // not yet due: nothing is tried, and b does not overtake a
    expect(outbox.list()[0]?.attempts).toBe(1)
    clock += 2_000
    await outbox.flush()
    expect(outbox.list()[0]).toMatchObject({ state: 'failed', attempts: 2, nextAttemptAt: clock + 4_000 })

    server.offline = false
    clock += 4_000
    await outbox.flush()
    expect(server.log).toEqual(['upload a1', 'call req-a', 'call req-b'])
  })

  it('never creates a duplicate: a lost answer is retried with the same request id', async () => {
    const outbox = open()
    server.loseNextAnswer = true
    outbox.add(visit('a', ['a1']))
    await outbox.flush()
    expect(outbox.list()[0]?.state).toBe('failed')
    clock += 10_000
    await outbox.flush()
    expect(outbox.list()[0]?.state).toBe('done')
    expect(server.records.size).toBe(1)
    expect(server.log).toEqual(['upload a1', 'call req-a', 'call req-a'])
  })

  it('adds an item once however often it is saved', () => {
    const outbox = open()
    outbox.add(visit('a', []))
    outbox.add(visit('a', []))
    expect(outbox.list()).toHaveLength(1)
  })

  it('restores after a kill: saved items survive, in-flight ones are due again, finished steps are not redone', async () => {
    const first = open()
    first.add(visit('a', ['a1', 'a2']))
    // Kill the app while the second photo is on its way: the first photo is marked done, the item is "sending".
    server.upload = async (step) => {
      server.log.push(`upload ${step.uploadId}`)
      if (step.uploadId === 'a2') await new Promise<never>(() => undefined)
    }
    void first.flush()
    await new Promise((r) => setTimeout(r, 10))
    expect(JSON.parse(storage.read('bangfu.outbox.v1')!)[0]).toMatchObject({ state: 'sending', steps: [{ done: true }, { done: false }, { done: false }] })

    const restarted = new FakeServer()
    server = restarted
    const second = open()
    expect(second.list()[0]?.state).toBe('pending')
    await second.flush()
    expect(restarted.log).toEqual(['upload a2', 'call req-a'])
    expect(second.list()[0]?.state).toBe('done')
  })

  it('marks a refused item for the user and moves on to the next', async () => {
    const outbox = open()
    outbox.add(visit('a', [], 'bad'))
    outbox.add(visit('b', []))
    await outbox.flush()
    expect(outbox.list().map((i) => [i.state, i.lastError ?? ''])).toEqual([
      ['rejected', '拜访日期不能晚于今天'],
      ['done', ''],
    ])
    outbox.discard('a')
    expect(outbox.list().map((i) => i.id)).toEqual(['b'])
  })

  it('retries failed items at once when asked', async () => {
    const outbox = open()
    server.offline = true
    outbox.add(visit('a', []))
    await outbox.flush()
    server.offline = false
    outbox.retryNow()
    await outbox.flush()
    expect(outbox.list()[0]?.state).toBe('done')
  })

  it('tells listeners about every change of state', async () => {
    const outbox = open()
    const seen: string[] = []
    outbox.subscribe((items) => seen.push(items.map((i) => i.state).join(',')))
    outbox.add(visit('a', []))
    await outbox.flush()
    expect(seen).toEqual(['pending', 'sending', 'sending', 'done'])
  })
})

describe('backoff', () => {
  it('doubles from 2 s with jitter, capped at 5 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000])
    expect(backoffDelay(30, () => 0.5)).toBe(MAX_DELAY_MS)
    expect(backoffDelay(1, () => 0)).toBe(1_600)
    expect(backoffDelay(1, () => 1)).toBe(2_400)
  })
})

describe('outbox and a broken cloud function', () => {
  const storage = new MemoryStorage()
  let clock = 5_000_000
  /** The app's own chain: the transport turns wx.cloud's rejection into an AppError, the app's classifier decides. */
  const failing = (shape: unknown): OutboxTransport => ({
    upload: async () => undefined,
    call: (step) => Promise.reject(cloudCallError(shape, step.fn)),
  })
  const timedOut = Object.assign(new Error('errCode: -504003'), {
    errCode: -504003,
    errMsg: 'cloud.callFunction:fail Error: errCode: -504003  | errMsg: Invoking task timed out after 10 seconds',
  })
  const offline = { errMsg: 'cloud.callFunction:fail request:fail' }

  it('retries a timed-out function a few times with backoff, then stops and says so; 重试 wakes it', async () => {
    let transport = failing(timedOut)
    const box = new Outbox({
      storage,
      transport: { upload: (s) => transport.upload(s), call: (s) => transport.call(s) },
      classify: classifyFailure,
      now: () => clock,
      random: () => 0.5,
    })
    box.add(visit('x', []))
    box.add(visit('y', []))
    for (let i = 1; i < MAX_SERVICE_FAILURES; i += 1) {
      await box.flush()
      expect(box.list()[0]).toMatchObject({ state: 'failed', serviceFailures: i, lastError: '服务暂时出错：处理超时，请稍后重试' })
      clock += 10 * 60_000
    }
    await box.flush()
    const [x, y] = box.list()
    expect(x).toMatchObject({ state: 'stalled', serviceFailures: MAX_SERVICE_FAILURES })
    expect(x?.lastError).toMatch(/^服务暂时出错：处理超时.*已自动重试5次，暂停/)
    expect(STATE_LABELS.stalled).toBe('服务出错·已暂停')
    expect(y).toMatchObject({ state: 'failed', serviceFailures: 1 }) // the stalled item no longer holds the rest back

    // Nothing retries it by itself any more: not time, not the network coming back.
    clock += 60 * 60_000
    box.retryNow('network')
    await box.flush()
    expect(box.list()[0]).toMatchObject({ state: 'stalled', attempts: MAX_SERVICE_FAILURES })

    transport = { upload: async () => undefined, call: async () => ({ ok: true }) }
    box.retryNow()
    await box.flush()
    expect(box.list().map((i) => i.state)).toEqual(['done', 'done'])
  })

  it('keeps retrying a lost connection for as long as it takes', async () => {
    const box = new Outbox({ storage: new MemoryStorage(), transport: failing(offline), classify: classifyFailure, now: () => clock, random: () => 0.5 })
    box.add(visit('z', []))
    for (let i = 0; i < MAX_SERVICE_FAILURES * 3; i += 1) {
      await box.flush()
      clock += 10 * 60_000
    }
    expect(box.list()[0]).toMatchObject({ state: 'failed', attempts: MAX_SERVICE_FAILURES * 3, serviceFailures: 0, lastError: '网络不给力，请检查网络后重试' })
  })
})
