/**
 * A visit as it is being written on the phone: kept in device storage after
 * every change (one draft per household, so a killed app resumes where it
 * was), checked with the schema the server uses (so the messages are the
 * server's), and turned into one outbox item: the photos not yet uploaded,
 * then `visit.file` under the request id the draft was given when it was
 * started — saving it twice, or retrying it, files one visit.
 * Pure apart from the storage it is given.
 */
import type { DeviceStorage } from '../../../components/device-storage'
import { fileVisitInput, VISIT_INCOME_MONTHS, VISIT_TYPE_LABELS, type VisitType } from '../../../domain/visit/visit.schema'
import { fieldErrorsOf, type FieldErrors } from '../../../domain/shared/app-error'
import type { OutboxItem, OutboxStep } from '../../../outbox/outbox.types'

export type DraftPhoto = { uploadId: string; localPath: string }
export type DraftMeasure = { text: string; delivered: boolean }
export type DraftLocation = { latitude: number; longitude: number; accuracy?: number }

export type VisitDraft = {
  applicationId: string
  /** Made once, when the draft is started: the outbox item's id and the server's deduplication key. */
  requestId: string
  type: VisitType | ''
  happenedAt: string
  /** Names separated by 、 , or spaces. */
  participants: string
  situation: string
  changes: string
  /** Yuan as typed, oldest month first; all blank means the incomes are not updated. */
  monthlyIncome: string[]
  measures: DraftMeasure[]
  photos: DraftPhoto[]
  locationConsent: boolean
  location: DraftLocation | null
  acknowledged: boolean | null
  acknowledgedBy: string
}

export type DraftStorage = DeviceStorage

export const draftKey = (applicationId: string) => `bangfu.visit.draft.v1.${applicationId}`

export type DraftStart = { applicationId: string; requestId: string; now: string; helperName: string }

export function emptyDraft(start: DraftStart): VisitDraft {
  return {
    applicationId: start.applicationId,
    requestId: start.requestId,
    type: '',
    happenedAt: start.now,
    participants: start.helperName,
    situation: '',
    changes: '',
    monthlyIncome: Array<string>(VISIT_INCOME_MONTHS).fill(''),
    measures: [],
    photos: [],
    locationConsent: false,
    location: null,
    acknowledged: null,
    acknowledgedBy: '',
  }
}

export function loadDraft(storage: DraftStorage, start: DraftStart): VisitDraft {
  const saved = storage.read(draftKey(start.applicationId))
  if (typeof saved !== 'object' || saved === null) return emptyDraft(start)
  return { ...emptyDraft(start), ...(saved as Partial<VisitDraft>), applicationId: start.applicationId }
}

export const saveDraft = (storage: DraftStorage, draft: VisitDraft) => storage.write(draftKey(draft.applicationId), draft)

/** The draft a saved visit was made from, kept beside its outbox item until it arrives, so a refusal can be corrected. */
const sentKey = (itemId: string) => `bangfu.visit.sent.v1.${itemId}`
export const keepSent = (storage: DraftStorage, draft: VisitDraft) => storage.write(sentKey(visitItemId(draft)), draft)
export const forgetSent = (storage: DraftStorage, itemId: string) => storage.remove(sentKey(itemId))

/** A refused visit back as its household's draft, under a new request id (the refused one is spent); null when none was kept. */
export function reopenSent(storage: DraftStorage, itemId: string, requestId: string): VisitDraft | null {
  const sent = storage.read(sentKey(itemId))
  if (typeof sent !== 'object' || sent === null) return null
  const draft = { ...(sent as VisitDraft), requestId }
  saveDraft(storage, draft)
  forgetSent(storage, itemId)
  return draft
}
export const removeDraft = (storage: DraftStorage, applicationId: string) => storage.remove(draftKey(applicationId))

export const splitNames = (text: string) => text.split(/[、,，;；\s]+/).filter((name) => name !== '')

/** The request as the server expects it (`visit.file`). */
export function inputOf(draft: VisitDraft): Record<string, unknown> {
  const incomes = draft.monthlyIncome.map((m) => m.trim())
  const measures = draft.measures.filter((m) => m.text.trim() !== '')
  return {
    applicationId: draft.applicationId,
    ...(draft.type ? { type: draft.type } : {}),
    happenedAt: draft.happenedAt,
    participants: splitNames(draft.participants),
    situation: draft.situation,
    ...(draft.changes.trim() ? { changes: draft.changes } : {}),
    ...(incomes.some((m) => m !== '') ? { monthlyIncome: incomes } : {}),
    measures,
    photos: draft.photos.map((p) => p.uploadId),
    ...(draft.locationConsent && draft.location ? { location: draft.location, locationConsent: true } : {}),
    acknowledgment: {
      ...(draft.acknowledged === null ? {} : { acknowledged: draft.acknowledged }),
      ...(draft.acknowledgedBy.trim() ? { by: draft.acknowledgedBy } : {}),
    },
  }
}

/** Every problem, keyed as the server keys them (`participants.0`, `monthlyIncome.2`, `acknowledgment.by`). */
export function checkDraft(draft: VisitDraft, today: string): FieldErrors {
  const result = fileVisitInput({ today }).safeParse(inputOf(draft))
  return result.success ? {} : fieldErrorsOf(result.error)
}

/** “入户走访 · 李** · 12月02日” — what the outbox list shows. */
export function visitTitle(draft: VisitDraft, householdName: string): string {
  const type = draft.type ? VISIT_TYPE_LABELS[draft.type] : '走访'
  const [, month, day] = draft.happenedAt.slice(0, 10).split('-')
  return `${type} · ${householdName} · ${month ?? ''}月${day ?? ''}日`
}

export const visitItemId = (draft: VisitDraft) => `visit-${draft.requestId}`

/** The outbox item of a checked draft: the photos whose own upload has not arrived, then the record. */
export function visitOutboxItem(draft: VisitDraft, householdName: string, outbox: readonly OutboxItem[]): Pick<OutboxItem, 'id' | 'title' | 'steps'> {
  const arrived = (uploadId: string) => outbox.some((i) => i.id === uploadId && i.state === 'done')
  const uploads = draft.photos
    .filter((p) => !arrived(p.uploadId))
    .map((p): OutboxStep => ({ type: 'upload', uploadId: p.uploadId, purpose: 'visitPhoto', localPath: p.localPath, done: false }))
  const call: OutboxStep = { type: 'call', fn: 'visit', action: 'file', data: inputOf(draft), requestId: draft.requestId, done: false }
  return { id: visitItemId(draft), title: visitTitle(draft, householdName), steps: [...uploads, call] }
}

/** A photo the server refused (e.g. deleted from the phone before it went up): the visit cannot go until it is replaced. */
export function refusedPhoto(draft: VisitDraft, outbox: readonly OutboxItem[]): { index: number; message: string } | null {
  for (const [index, photo] of draft.photos.entries()) {
    const item = outbox.find((i) => i.id === photo.uploadId)
    if (item?.state === 'rejected') return { index, message: item.lastError ?? '照片无法上传' }
  }
  return null
}
