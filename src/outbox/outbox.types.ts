/** What waits in the on-device outbox, and the ports it needs from the platform. */

/** A photo or paper to put at its deterministic server path before the record goes. */
export type UploadStep = { type: 'upload'; uploadId: string; purpose: string; localPath: string; done: boolean }
/** The write itself, carrying the request id the server deduplicates on. */
export type CallStep = { type: 'call'; fn: string; action: string; data: unknown; requestId: string; done: boolean }
export type OutboxStep = UploadStep | CallStep

/**
 * pending: waiting for its turn or for the network; sending: in flight (a kill
 * here is recovered as pending on the next start); failed: a network failure
 * or a service fault, retried after `nextAttemptAt`; stalled: the service
 * failed MAX_SERVICE_FAILURES times in a row — no more automatic retries
 * until the user taps 重试 (a missing or broken function does not heal by
 * itself, and retrying it forever would hold the phone's queue and battery);
 * rejected: the server refused it — retrying cannot help, the user must fix
 * it; done: arrived.
 */
export type OutboxState = 'pending' | 'sending' | 'failed' | 'stalled' | 'rejected' | 'done'

export type OutboxItem = {
  id: string
  /** What the user sees in the list, e.g. “入户走访 · 李** · 11月22日”. */
  title: string
  createdAt: number
  state: OutboxState
  attempts: number
  nextAttemptAt: number
  lastError?: string
  /** Service faults (crash, timeout, function missing) since the user last tapped 重试. */
  serviceFailures?: number
  steps: OutboxStep[]
  result?: unknown
}

export const STATE_LABELS: Record<OutboxState, string> = {
  pending: '待上传',
  sending: '上传中',
  failed: '失败·重试',
  stalled: '服务出错·已暂停',
  rejected: '需要修改',
  done: '已送达',
}

/** Synchronous key-value storage that survives the app being killed (Taro.getStorageSync/setStorageSync). */
export type OutboxStorage = { read(key: string): string | undefined; write(key: string, value: string): void }

export type OutboxTransport = {
  upload(step: UploadStep): Promise<void>
  call(step: CallStep): Promise<unknown>
}

/** How a failure is classified: `network` is retried for as long as it takes, `service` a few times, `rejected` never. */
export type FailureKind = 'network' | 'service' | 'rejected'
