/** A photo queued on its own when taken and named again by the visit that references it goes up once. */
import { Outbox } from '../../src/outbox/outbox'
import type { CallStep, OutboxStorage, UploadStep } from '../../src/outbox/outbox.types'

class MemoryStorage implements OutboxStorage {
  data = new Map<string, string>()
  read = (key: string) => this.data.get(key)
  write = (key: string, value: string) => void this.data.set(key, value)
}

const upload = (uploadId: string): UploadStep => ({ type: 'upload', uploadId, purpose: 'visitPhoto', localPath: `/tmp/${uploadId}.jpg`, done: false })
const call = (requestId: string): CallStep => ({ type: 'call', fn: 'visit', action: 'file', data: {}, requestId, done: false })

function boxWith(log: string[], offline: { now: boolean }) {
  return new Outbox({
    storage: new MemoryStorage(),
    transport: {
      upload: async (step) => {
        if (offline.now) throw new Error('offline')
        log.push(`upload ${step.uploadId}`)
      },
      call: async (step) => {
        if (offline.now) throw new Error('offline')
        log.push(`call ${step.requestId}`)
        return { id: 'v1' }
      },
    },
    classify: () => ({ kind: 'network', message: '网络不给力' }),
    now: () => 0,
    random: () => 0.5,
  })
}

test('photos queued when taken are not uploaded again by the record that names them', async () => {
  const log: string[] = []
  const offline = { now: true }
  const box = boxWith(log, offline)
  box.add({ id: 'a', title: '走访照片', steps: [upload('a')] })
  box.add({ id: 'b', title: '走访照片', steps: [upload('b')] })
  box.add({ id: 'visit-1', title: '入户走访', steps: [upload('a'), upload('b'), call('req-visit-1')] })
  await box.flush()
  expect(box.list().map((i) => i.state)).toEqual(['failed', 'pending', 'pending'])

  offline.now = false
  box.retryNow()
  await box.flush()
  expect(log).toEqual(['upload a', 'upload b', 'call req-visit-1'])
  expect(box.list().map((i) => i.state)).toEqual(['done', 'done', 'done'])
})

test('a record whose photos were never queued alone still uploads them itself', async () => {
  const log: string[] = []
  const box = boxWith(log, { now: false })
  box.add({ id: 'visit-2', title: '入户走访', steps: [upload('c'), call('req-visit-2')] })
  await box.flush()
  expect(log).toEqual(['upload c', 'call req-visit-2'])
})
