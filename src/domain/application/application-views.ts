/**
 * What the application actions answer, shared with the mini-program. Lists
 * and details carry masked ID and bank numbers only; one plaintext value at a
 * time comes from `reveal`, which is audited.
 */
import type { Category, CriterionNumber, EligibilityResult } from '../eligibility/eligibility'
import type { ApplicationStatus, ApplicationStep } from './application-machine'

/** One step taken. `unionName` is the acting union, never the staff member's own data. */
export type TimelineEntry = { step: ApplicationStep; status: ApplicationStatus; at: string; unionName: string; remarks?: string }

/** The engine's suggestion as kept on the application: exactly what the engine returned. */
export type AssessmentView = EligibilityResult

export type ApplicationSummary = {
  id: string
  status: ApplicationStatus
  statusLabel: string
  applicantName: string
  idNumberMasked: string
  householdSize: number
  perCapitaIncomeFen: number
  suggestedCriterion: CriterionNumber | null
  suggestedCategory: Category | null
  union: { id: string; name: string }
  submittedAt: string
  updatedAt: string
  version: number
}

/**
 * 困难职工解困脱困联系卡（困难职工存）, seed 001 附件3: who helps the household and
 * whom to contact. Helpers' and liaisons' personal phone numbers are not kept,
 * so the contact is the union (`unionName`).
 */
export type ContactCard = {
  fileNumber: string
  name: string
  sex: string
  /** 出生年月, YYYY-MM. */
  birthMonth: string
  category: string
  helperUnit: string
  helperName: string
  unionName: string
  /** The union's value-list set, for the card's 解困脱困措施 / 计划 options. */
  valueListSet: string
}

export type FiledInfo = {
  fileNumber: string
  category: Category
  fileLevel: string
  fileType: string
  filedAt: string
  /** The helper's name; contact goes through the union (helpers' phone numbers are not kept). */
  helper: { name: string }
  unionName: string
  card: ContactCard
}

export type MyApplication = ApplicationSummary & {
  timeline: TimelineEntry[]
  /** The whole process, in order, for a progress bar. */
  steps: { step: ApplicationStep; label: string }[]
  /** What the applicant can do now (resubmit while returned). */
  available: ApplicationStep[]
  returned?: { reasons: string[]; fields: string[] }
  filed?: FiledInfo
  /** Once filed: where the file is in its life (src/domain/file/file-machine.ts), and when and why it ended. */
  file?: {
    status: string
    statusLabel: string
    cancelled?: { date: string; reason: string; remarks?: string; exited: boolean }
    /** Earlier periods of a restored file, with the same number. */
    previousPeriods?: { fileNumber: string; filedAt: string; cancelledOn: string; reason: string }[]
  }
}

/** A helper staff may pair with a household when filing (`application.helpers`): no contact details. */
export type HelperOption = { id: string; name: string; unionName: string }

/** The step records as staff read them on the detail (sealed texts opened). */
export type InvestigationView = { visitDate: string; investigators: string[]; findings: string; changes: string[] }
export type EvaluationView = { meetingDate: string; attendance: number; result: 'agree' | 'disagree'; remarks?: string; minutesUrl?: string }
export type PublicityView = { startDate: string; endDate: string; workingDays: number; endedAt?: string; objectionCount?: number; objections: string[] }

/** A photographed paper of the form (`form.attachments[index]`), through a 5-minute link. */
export type PaperView = { index: number; type: string; name: string; url?: string }

/** What staff read first on a case (`application.detail`); the full masked form rides along for the step pages. */
export type ApplicationDetailView = ApplicationSummary & {
  assessment: AssessmentView | null
  consent: { version: string; agreedAt: string }
  timeline: TimelineEntry[]
  available: ApplicationStep[]
  investigation: InvestigationView | null
  evaluation: EvaluationView | null
  publicity: PublicityView | null
  filed: { fileNumber: string; fileLevel: string; category: Category; helperName: string } | null
  returned: { reasons: string[]; fields: string[] } | null
  closed: { reason: string; falseDeclaration: boolean } | null
  submissionCount: number
  /** The whole 档案表 as submitted (money in fen, derived facts under `derived`), ID, bank and mobile numbers masked. */
  form: Record<string, unknown>
  /** The 申报表 as submitted (money in fen). */
  declaration: Record<string, unknown>
  /** The value-list set of the union's policy, to show the codes of `form` as their labels. */
  valueListSet: string
  papers: PaperView[]
}

/** What a staff step answers: the new summary, the next steps, and what the step adds (`changes`, `fileNumber`). */
export type StepResult = ApplicationSummary & { available: ApplicationStep[]; changes?: string[]; fileNumber?: string }
