/**
 * The application's lifecycle as a transition table (申请 → 调查 → 评议 →
 * 公示 → 审批 → 建档). The server enforces it; the mini-program reads it to
 * show only the steps that are possible now. Who may act is a relation to the
 * application, resolved by the server:
 *   applicant — the employee who applied;
 *   owner     — staff of the grassroots union the application belongs to, or above it;
 *   approver  — staff of a union at the policy's approving level or above, whose subtree holds the application.
 */

export const APPLICATION_STATUSES = [
  'submitted',
  'investigating',
  'evaluating',
  'evaluated',
  'publicizing',
  'awaitingApproval',
  'approved',
  'filed',
  'returned',
  'rejected',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: '已提交，待受理',
  investigating: '入户调查中',
  evaluating: '待民主评议',
  evaluated: '已评议，待公示',
  publicizing: '公示中',
  awaitingApproval: '待审批',
  approved: '已审批，待建档',
  filed: '已建档',
  returned: '已退回，待修改',
  rejected: '不予建档',
}

export type Actor = 'applicant' | 'owner' | 'approver'

export type ApplicationStep =
  | 'submit'
  | 'resubmit'
  | 'accept'
  | 'recordInvestigation'
  | 'recordEvaluation'
  | 'startPublicity'
  | 'endPublicity'
  | 'approve'
  | 'file'
  | 'return'
  | 'reject'
  | 'markFalseDeclaration'

type Transition = { from: readonly (ApplicationStatus | null)[]; to: ApplicationStatus; actor: Actor; label: string }

/** Every status before filing from which staff may send back, refuse, or mark a false declaration. */
const OPEN: readonly ApplicationStatus[] = ['submitted', 'investigating', 'evaluating', 'evaluated', 'publicizing', 'awaitingApproval', 'approved']

export const TRANSITIONS: Record<ApplicationStep, Transition> = {
  submit: { from: [null], to: 'submitted', actor: 'applicant', label: '提交申请' },
  resubmit: { from: ['returned'], to: 'submitted', actor: 'applicant', label: '修改后重新提交' },
  accept: { from: ['submitted'], to: 'investigating', actor: 'owner', label: '受理并开始入户调查' },
  recordInvestigation: { from: ['investigating'], to: 'evaluating', actor: 'owner', label: '登记入户调查结果' },
  recordEvaluation: { from: ['evaluating'], to: 'evaluated', actor: 'owner', label: '登记民主评议' },
  startPublicity: { from: ['evaluated'], to: 'publicizing', actor: 'owner', label: '开始公示' },
  endPublicity: { from: ['publicizing'], to: 'awaitingApproval', actor: 'owner', label: '结束公示并报审批' },
  approve: { from: ['awaitingApproval'], to: 'approved', actor: 'approver', label: '审批通过' },
  file: { from: ['approved'], to: 'filed', actor: 'approver', label: '建档' },
  return: { from: OPEN, to: 'returned', actor: 'owner', label: '退回修改' },
  reject: { from: OPEN, to: 'rejected', actor: 'owner', label: '不予建档' },
  markFalseDeclaration: { from: OPEN, to: 'rejected', actor: 'owner', label: '认定虚假申报' },
}

export type StepCheck = { ok: true; to: ApplicationStatus } | { ok: false; reason: string }

export function checkStep(step: ApplicationStep, current: ApplicationStatus | null, actors: readonly Actor[]): StepCheck {
  const t = TRANSITIONS[step]
  if (!t.from.includes(current)) {
    const where = current ? `当前状态为“${STATUS_LABELS[current]}”` : '申请尚未提交'
    return { ok: false, reason: `${where}，不能${t.label}` }
  }
  if (!actors.includes(t.actor)) return { ok: false, reason: `您不能${t.label}` }
  return { ok: true, to: t.to }
}

/** The steps `actors` can take from `current`, in table order, for showing buttons. */
export function availableSteps(current: ApplicationStatus | null, actors: readonly Actor[]): ApplicationStep[] {
  return (Object.keys(TRANSITIONS) as ApplicationStep[]).filter((step) => checkStep(step, current, actors).ok)
}

export function isOpen(status: ApplicationStatus): boolean {
  return status !== 'filed' && status !== 'rejected'
}
