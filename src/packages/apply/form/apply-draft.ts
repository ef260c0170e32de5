/**
 * The application as it is being filled in on the phone: kept in device
 * storage after every change (so a killed app resumes where it was), checked
 * with the very schemas the server uses (so the messages are the server's),
 * and turned into the submission the server expects. Pure apart from the
 * storage it is given.
 */
import type { DeviceStorage } from '../../../components/device-storage'
import { CONSENT_VERSION } from '../../../domain/application/consent'
import { assessmentStandard } from '../../../domain/application/assessment-standard'
import { assessApplication } from '../../../domain/application/household-assessment'
import type { EligibilityResult } from '../../../domain/eligibility/eligibility'
import { declarationSchema } from '../../../domain/file-form/declaration.schema'
import { fileFormSchema } from '../../../domain/file-form/file-form.schema'
import { resolvePolicy } from '../../../domain/policy/resolve-policy'
import { fieldErrorsOf, type FieldErrors } from '../../../domain/shared/app-error'
import { modelWorkerTypeRequired, NOT_A_MODEL_WORKER } from '../../../domain/value-lists/person-lists'
import type { ResolvedValueLists } from '../../../domain/value-lists/value-list'
import { valueListsFor } from '../../../domain/value-lists/value-list-sets'
import { paperKindsFor, paperProblems, papersAsAttachments, type Paper } from './papers'
import type { ReturnedForm } from '../../../api/apply'

export type Row = Record<string, unknown>

/** A typed value as text for an input box (numbers and strings; anything else is blank). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')

export type ApplyDraft = {
  form: Row
  members: Row[]
  declaration: Row
  papers: Paper[]
  /** The 授权书 version agreed to on this device, or null. */
  consentVersion: string | null
  step: number
  /** One id per submission intent, kept so a retry after a lost answer replays it. */
  requestId: string | null
  /** Set once submitted: a returned application is resubmitted under this id. */
  applicationId: string | null
}

export type DraftStorage = DeviceStorage

export const DRAFT_KEY = 'bangfu.apply.draft.v1'

export type ApplyContext = { today: string; regionCode: string; name: string }

/** 非劳模 preselected where the region's list has it; elsewhere (Jingmen) the field starts blank, meaning none. */
function notAModelWorker(ctx: ApplyContext): Row {
  return modelWorkerTypeRequired(listsFor(ctx.regionCode, ctx.today)) ? { modelWorkerType: NOT_A_MODEL_WORKER } : {}
}

export function emptyDraft(ctx: ApplyContext): ApplyDraft {
  return {
    form: { name: ctx.name, hukouRegionCode: ctx.regionCode, fileType: 'urban-worker', ethnicity: '01', ...notAModelWorker(ctx), secondaryCauses: [] },
    members: [],
    declaration: { year: ctx.today.slice(0, 4) },
    papers: [],
    consentVersion: null,
    step: 0,
    requestId: null,
    applicationId: null,
  }
}

/** A returned application as the server kept it, to correct on a phone that has no draft of it. */
export function draftFromReturned(returned: ReturnedForm, applicationId: string, ctx: ApplyContext): ApplyDraft {
  const { members, ...form } = returned.form
  return {
    ...emptyDraft(ctx),
    form,
    members: Array.isArray(members) ? (members as Row[]) : [],
    declaration: returned.declaration,
    papers: returned.papers.map((p) => ({ uploadId: p.uploadId, type: p.type, localPath: '', ...(p.url ? { preview: p.url } : {}) })),
    applicationId,
  }
}

export function loadDraft(storage: DraftStorage, ctx: ApplyContext): ApplyDraft {
  const saved = storage.read(DRAFT_KEY)
  if (typeof saved !== 'object' || saved === null) return emptyDraft(ctx)
  return { ...emptyDraft(ctx), ...(saved as Partial<ApplyDraft>) }
}

export const saveDraft = (storage: DraftStorage, draft: ApplyDraft) => storage.write(DRAFT_KEY, draft)

/** The 档案表 as the server receives it: the worker's fields, the members, and the photographed papers. */
export function formOf(draft: ApplyDraft, lists: ResolvedValueLists): Row {
  return { ...draft.form, members: draft.members, attachments: papersAsAttachments(draft.papers, lists) }
}

export function submissionOf(draft: ApplyDraft, lists: ResolvedValueLists) {
  return { form: formOf(draft, lists), declaration: draft.declaration, consent: { version: draft.consentVersion ?? '', agreed: draft.consentVersion !== null } }
}

export const listsFor = (regionCode: string, today: string) => valueListsFor(resolvePolicy(regionCode, today).valueListSet)

export type DraftCheck = { errors: FieldErrors; assessment: EligibilityResult | null }

/** Every problem, keyed as the server keys them (`form.members.1.idNumber`, `declaration.year`, `consent`), plus missing papers. */
export function checkDraft(draft: ApplyDraft, ctx: ApplyContext): DraftCheck {
  const rules = { today: ctx.today }
  const policy = resolvePolicy(ctx.regionCode, ctx.today)
  const lists = valueListsFor(policy.valueListSet)
  const form = fileFormSchema(rules, lists, policy.form).safeParse(formOf(draft, lists))
  const declaration = declarationSchema(rules).safeParse(draft.declaration)
  const errors: FieldErrors = {}
  if (!form.success) for (const [k, v] of Object.entries(fieldErrorsOf(form.error))) errors[`form.${k}`] = v
  if (!declaration.success) for (const [k, v] of Object.entries(fieldErrorsOf(declaration.error))) errors[`declaration.${k}`] = v
  // The papers step names each missing kind; the schema's one line about them would repeat it.
  delete errors['form.attachments']
  Object.assign(errors, paperProblems(draft.papers, paperKindsFor(policy.form.requiredPapers)))
  if (draft.consentVersion !== CONSENT_VERSION) errors.consent = '请阅读并同意授权书（声明书）后再提交'
  const assessment =
    form.success && declaration.success ? assessApplication(form.data, declaration.data, assessmentStandard(form.data, policy), policy.terms) : null
  return { errors, assessment }
}
