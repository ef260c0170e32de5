/**
 * How an application is stored. The 档案表 and 申报表 are one sealed blob
 * (`sealed`, AES-GCM via Keys); beside it only what lists need (name, masked
 * ID, household size, per-capita income, the engine's suggestion) and the
 * keyed hash of every ID number in the household, for duplicate detection.
 * The queried fields (applicantId, unionPath, status, submittedAt, updatedAt)
 * are top-level: see `applications` in core/collections.ts.
 */
import type { ApplicationStatus } from '../../../src/domain/application/application-machine'
import { STATUS_LABELS } from '../../../src/domain/application/application-machine'
import type { ApplicationSummary, AssessmentView, TimelineEntry } from '../../../src/domain/application/application-views'
import type { ConsentRecord } from '../../../src/domain/application/consent'
import type { Verified } from '../../../src/domain/application/household-assessment'
import type { Declaration } from '../../../src/domain/file-form/declaration.schema'
import type { FileForm } from '../../../src/domain/file-form/file-form.schema'
import type { TargetingDecision } from '../../../src/domain/file-form/targeting.schema'
import type { Category } from '../../../src/domain/eligibility/eligibility'
import type { ComplianceState } from '../visit/compliance-state'
import type { HouseholdFacets } from '../../../src/domain/assistance/household-facets'
import type { Doc } from '../../core/ports/store.port'
import type { FileStatus } from '../../../src/domain/file/file-machine'
import type { CancelReason } from '../../../src/domain/file/file.schema'

/** What `sealed` holds once opened. */
export type SealedApplication = { form: FileForm; declaration: Declaration }

export type InvestigationRecord = {
  visitDate: string
  investigators: string[]
  /** Free text about a household's health and money: sealed like the form. */
  findingsSealed: string
  verified?: Verified
  before: AssessmentView | null
  after: AssessmentView | null
  /** Chinese sentences naming what the verified figures changed; empty when nothing did. */
  changes: string[]
}

export type EvaluationRecord = {
  meetingDate: string
  attendance: number
  result: 'agree' | 'disagree'
  remarks?: string
  /** The photo of the minutes, an attachment upload of the staff member who recorded it. */
  minutes?: { uploadId: string; path: string }
}

export type PublicityRecord = {
  startDate: string
  endDate: string
  workingDays: number
  /** Set when it ends: how many objections came in, and their text sealed (they may name people and their means). */
  endedAt?: string
  objectionCount?: number
  objectionsSealed?: string
}

/** A staff member as the printed forms name them (建档人, 审核人, 录入人): a person, not a union. */
export type StaffPerson = { userId: string; name: string }

/**
 * What 建档 decided. `filingCriterion`, `targeting`, `helperUnit` and
 * `enteredBy` came later: files filed before them lack them, and readers fall
 * back (the 建档标准 the applicant suggested; blanks).
 */
export type FiledRecord = {
  fileNumber: string
  fileLevel: string
  category: Category
  /** The label, 城镇困难职工 or 困难农民工. */
  fileType: string
  /** A code of the union's 建档标准 list. */
  filingCriterion?: string
  targeting?: TargetingDecision
  helperId: string
  helperName: string
  /** 帮扶单位: the helper's union. */
  helperUnit?: string
  /** 录入人: who took the 建档 step. */
  enteredBy?: StaffPerson
  overrideReason?: string
  filedAt: string
}

/** 注销: why and when the file ended (features/files). */
export type CancellationRecord = { reason: CancelReason; date: string; remarks?: string; at: string; unionName: string; byChair?: boolean }

/** A past period of the same file (档案恢复 keeps the number; the timeline shows both periods). */
export type FilePeriod = { fileNumber: string; filedAt: string; cancelledOn: string; reason: CancelReason; applicationId: string }

export type ApplicationDoc = {
  applicantId: string
  /** Keyed hash of the applicant's ID number (blacklist and false-declaration counts). */
  applicantHash: string
  /** Keyed hashes of every ID number in the household, applicant first: each holds a `household:<hash>` claim while open or filed. */
  householdHashes: string[]
  unionId: string
  unionName: string
  unionPath: string
  /** Own union and its ancestors: queried through core/subtree.ts. */
  unionIds: string[]
  regionCode: string
  status: ApplicationStatus
  applicantName: string
  idNumberMasked: string
  householdSize: number
  perCapitaIncomeFen: number
  assessment: AssessmentView | null
  sealed: string
  consent: ConsentRecord
  submissionCount: number
  timeline: TimelineEntry[]
  investigation?: InvestigationRecord
  evaluation?: EvaluationRecord
  publicity?: PublicityRecord
  /** 建档人: the staff member who took the application on (受理) and built the file with the worker. */
  acceptedBy?: StaffPerson
  /** `by` is the 审核人 (absent on cases approved before it was kept). */
  approval?: { at: string; unionName: string; remarks?: string; by?: StaffPerson }
  filed?: FiledRecord
  /** Set when filed: non-identifying flags (causes, a member at school) for campaigns and statistics. */
  facets?: HouseholdFacets
  /** A file's standing against this year's visit rules (visit/compliance-state.ts); null once it is no longer active. */
  compliance?: ComplianceState | null
  returned?: { reasons: string[]; fields: string[] }
  closed?: { reason: string; falseDeclaration: boolean }
  /** The file's lifecycle once filed (src/domain/file/file-machine.ts); absent on files filed before it existed = active. */
  fileStatus?: FileStatus
  cancellation?: CancellationRecord
  /** The year a confirmed 脱困 ended the file: the roster's query field. */
  exitYear?: number
  /** On an application that restores a cancelled file (档案恢复): that file's id. */
  restoresId?: string
  /** On a restored file: its earlier periods. */
  previousPeriods?: FilePeriod[]
  submittedAt: string
  updatedAt: string
}

export function toSummary(doc: Doc<ApplicationDoc>): ApplicationSummary {
  return {
    id: doc.id,
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    applicantName: doc.applicantName,
    idNumberMasked: doc.idNumberMasked,
    householdSize: doc.householdSize,
    perCapitaIncomeFen: doc.perCapitaIncomeFen,
    suggestedCriterion: doc.assessment?.criterion ?? null,
    suggestedCategory: doc.assessment?.category ?? null,
    union: { id: doc.unionId, name: doc.unionName },
    submittedAt: doc.submittedAt,
    updatedAt: doc.updatedAt,
    version: doc.version,
  }
}

export function openSealed(open: (sealed: string) => string, doc: ApplicationDoc): SealedApplication {
  return JSON.parse(open(doc.sealed)) as SealedApplication
}
