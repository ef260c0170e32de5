/** The visit draft on the phone: checked in the server's words, kept per household, and queued as one outbox item. */
import {
  checkDraft,
  emptyDraft,
  forgetSent,
  inputOf,
  keepSent,
  loadDraft,
  refusedPhoto,
  reopenSent,
  saveDraft,
  splitNames,
  visitOutboxItem,
  type DraftStorage,
  type VisitDraft,
} from '../../../src/packages/visits/file/visit-draft'
import type { OutboxItem } from '../../../src/outbox/outbox.types'

const TODAY = '2026-12-02'
const start = { applicationId: 'app-1', requestId: 'req-visit-0001', now: '2026-12-02 09:30', helperName: '林国栋' }

function filled(patch: Partial<VisitDraft> = {}): VisitDraft {
  return {
    ...emptyDraft(start),
    type: 'routine',
    participants: '林国栋、何丽娟',
    situation: '妻子住院治疗，孩子上初中',
    photos: [
      { uploadId: 'photo-0001', localPath: 'bangfu.photo.photo-0001' },
      { uploadId: 'photo-0002', localPath: 'bangfu.photo.photo-0002' },
    ],
    acknowledged: true,
    acknowledgedBy: '张秀英',
    ...patch,
  }
}

class MemoryStorage implements DraftStorage {
  data = new Map<string, unknown>()
  read = (key: string) => this.data.get(key)
  write = (key: string, value: unknown) => void this.data.set(key, JSON.parse(JSON.stringify(value)))
  remove = (key: string) => void this.data.delete(key)
}

const item = (id: string, state: OutboxItem['state'], lastError?: string): OutboxItem => ({
  id,
  title: '走访照片',
  createdAt: 0,
  state,
  attempts: 0,
  nextAttemptAt: 0,
  steps: [],
  ...(lastError ? { lastError } : {}),
})

describe('the visit draft', () => {
  it('names what is missing in the server schema’s words, keyed by field', () => {
    const errors = checkDraft(emptyDraft(start), TODAY)
    expect(errors.type).toMatch(/走访类型/)
    expect(errors.situation).toBe('家庭情况不能为空')
    expect(errors.photos).toBe('请至少上传1张走访照片')
    expect(errors['acknowledgment.acknowledged']).toMatch(/职工是否确认/)
    expect(errors.happenedAt).toBeUndefined() // the start time is now
  })

  it('passes a complete visit; a future date, a bad income month or a nameless acknowledgment are refused', () => {
    expect(checkDraft(filled(), TODAY)).toEqual({})
    expect(checkDraft(filled({ happenedAt: '2026-12-03' }), TODAY).happenedAt).toBe('走访时间不能晚于今天')
    expect(checkDraft(filled({ monthlyIncome: ['1800', '1800', 'abc', '1800', '1800', '1800'] }), TODAY)['monthlyIncome.2']).toMatch(/第3个月家庭收入/)
    expect(checkDraft(filled({ acknowledgedBy: '' }), TODAY)['acknowledgment.by']).toBe('职工已确认时请填写确认人姓名')
  })

  it('sends incomes only when some month is typed, and a location only with consent', () => {
    expect(inputOf(filled())).not.toHaveProperty('monthlyIncome')
    expect(inputOf(filled({ monthlyIncome: ['1', '2', '3', '4', '5', '6'] }))).toMatchObject({ monthlyIncome: ['1', '2', '3', '4', '5', '6'] })
    const location = { latitude: 39.9, longitude: 119.2 }
    expect(inputOf(filled({ location, locationConsent: false }))).not.toHaveProperty('location')
    expect(inputOf(filled({ location, locationConsent: true }))).toMatchObject({ location, locationConsent: true })
    expect(splitNames(' 林国栋、何丽娟, 孙建平 ')).toEqual(['林国栋', '何丽娟', '孙建平'])
  })

  it('is kept per household with the request id it started with', () => {
    const storage = new MemoryStorage()
    saveDraft(storage, filled({ situation: '已填写的情况' }))
    const again = loadDraft(storage, { ...start, requestId: 'req-visit-9999' })
    expect(again).toMatchObject({ situation: '已填写的情况', requestId: 'req-visit-0001' })
    expect(loadDraft(storage, { ...start, applicationId: 'app-2' }).situation).toBe('')
  })

  it('becomes one outbox item: the photos not yet arrived, then visit.file under the draft’s request id', () => {
    const queued = visitOutboxItem(filled(), '张**', [item('photo-0001', 'done'), item('photo-0002', 'failed')])
    expect(queued.id).toBe('visit-req-visit-0001')
    expect(queued.title).toBe('日常走访 · 张** · 12月02日')
    expect(queued.steps.map((s) => (s.type === 'upload' ? `upload ${s.uploadId}` : `${s.fn}.${s.action} ${s.requestId}`))).toEqual([
      'upload photo-0002',
      'visit.file req-visit-0001',
    ])
  })

  it('will not go while a photo was refused', () => {
    expect(refusedPhoto(filled(), [item('photo-0002', 'rejected', '照片已从手机上删除，请重新选择')])).toEqual({
      index: 1,
      message: '照片已从手机上删除，请重新选择',
    })
    expect(refusedPhoto(filled(), [item('photo-0002', 'failed')])).toBeNull()
  })

  it('a refused visit reopens as its household’s draft under a new request id, once; an arrived one leaves no copy', () => {
    const storage = new MemoryStorage()
    const sent = filled({ situation: '走访时间写错了' })
    keepSent(storage, sent)
    const reopened = reopenSent(storage, visitOutboxItem(sent, '张**', []).id, 'req-visit-0002')
    expect(reopened).toMatchObject({ situation: '走访时间写错了', requestId: 'req-visit-0002' })
    expect(loadDraft(storage, start)).toMatchObject({ situation: '走访时间写错了', requestId: 'req-visit-0002' })
    expect(reopenSent(storage, 'visit-req-visit-0001', 'req-visit-0003')).toBeNull()
    keepSent(storage, filled())
    forgetSent(storage, 'visit-req-visit-0001')
    expect([...storage.data.keys()].filter((k) => k.includes('sent'))).toEqual([])
  })
})
