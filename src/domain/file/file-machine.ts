/**
 * The household file's lifecycle after filing (一户一档的动态管理), a second
 * transition table beside the application's (application-machine.ts). The
 * application ends at `filed`; from then on the file moves here. Who may act
 * is a relation to the file, resolved by the server:
 *   owner    — staff of the union that holds the file, or above it (谁建档，谁负责);
 *   helper   — the file's paired helper (帮扶责任人);
 *   chair    — the chair (工会主席) of the file's grassroots union;
 *   reviewer — staff of a union above the file's grassroots union (上级工会复核);
 *   receiver — staff of the union a file is being transferred to.
 */

export const FILE_STATUSES = ['active', 'suspended', 'transferring', 'cancelled', 'restoring', 'restored'] as const
export type FileStatus = (typeof FILE_STATUSES)[number]

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  active: '在档',
  suspended: '退回重报，暂停帮扶',
  transferring: '转移待接收',
  cancelled: '已注销',
  restoring: '恢复建档中',
  restored: '已恢复（原档案）',
}

export type FileActor = 'owner' | 'helper' | 'chair' | 'reviewer' | 'receiver'

export type FileStep =
  | 'evaluate'
  | 'certifyExit'
  | 'certifyContinue'
  | 'cancel'
  | 'confirm'
  | 'sendBack'
  | 'update'
  | 'transfer'
  | 'acceptTransfer'
  | 'restore'
  | 'refile'
  | 'abandonRestore'

type Transition = {
  from: readonly FileStatus[]
  /** `null`: the step leaves the status as it was (an evaluation, an update). */
  to: FileStatus | null
  actors: readonly FileActor[]
  label: string
}

export const FILE_TRANSITIONS: Record<FileStep, Transition> = {
  evaluate: { from: ['active'], to: null, actors: ['owner', 'helper'], label: '填写解困脱困认定书' },
  certifyExit: { from: ['active'], to: 'cancelled', actors: ['chair'], label: '认定脱困并注销档案' },
  certifyContinue: { from: ['active'], to: null, actors: ['chair'], label: '认定继续帮扶' },
  cancel: { from: ['active', 'suspended'], to: 'cancelled', actors: ['owner'], label: '注销档案' },
  confirm: { from: ['active', 'suspended'], to: 'active', actors: ['reviewer'], label: '复核确认' },
  sendBack: { from: ['active'], to: 'suspended', actors: ['reviewer'], label: '退回重报' },
  update: { from: ['active', 'suspended'], to: null, actors: ['owner'], label: '更新档案信息' },
  transfer: { from: ['active'], to: 'transferring', actors: ['owner'], label: '转出档案' },
  acceptTransfer: { from: ['transferring'], to: 'active', actors: ['receiver'], label: '接收转入档案' },
  restore: { from: ['cancelled'], to: 'restoring', actors: ['owner'], label: '恢复档案' },
  refile: { from: ['restoring'], to: 'restored', actors: ['owner'], label: '恢复建档完成' },
  abandonRestore: { from: ['restoring'], to: 'cancelled', actors: ['owner'], label: '终止档案恢复' },
}

export type FileStepCheck = { ok: true; to: FileStatus } | { ok: false; reason: string }

export function checkFileStep(step: FileStep, current: FileStatus, actors: readonly FileActor[]): FileStepCheck {
  const t = FILE_TRANSITIONS[step]
  if (!t.from.includes(current)) return { ok: false, reason: `档案当前状态为“${FILE_STATUS_LABELS[current]}”，不能${t.label}` }
  if (!t.actors.some((a) => actors.includes(a))) return { ok: false, reason: `您不能${t.label}` }
  return { ok: true, to: t.to ?? current }
}

/** The steps `actors` can take on a file in `current`, in table order, for showing buttons. */
export function availableFileSteps(current: FileStatus, actors: readonly FileActor[]): FileStep[] {
  return (Object.keys(FILE_TRANSITIONS) as FileStep[]).filter((step) => checkFileStep(step, current, actors).ok)
}

/** An active file counts toward a union's files, visits and exit rate; a suspended or moving one is still the union's. */
export function isActiveFile(status: FileStatus | undefined): boolean {
  // Files filed before the lifecycle existed carry no status: they are active.
  return status === undefined || status === 'active' || status === 'suspended' || status === 'transferring'
}
