/**
 * Sending the application: the photos must have arrived first (they went to
 * the outbox when taken), then one submit — or resubmit of a returned
 * application — under the draft's request id, so a retry after a lost answer
 * or a double tap replays the first answer and never makes a second application.
 */
import { AppError } from '../../../domain/shared/app-error'
import type { ApplicationSummary } from '../../../domain/application/application-views'
import { applyApi } from '../../../api/apply'
import { keepsRequestId } from '../../../api/envelope'
import { newRequestId } from '../../../api/request-id'
import { appOutbox } from '../../../outbox/app-outbox'
import { submissionOf, type ApplyDraft } from './apply-draft'
import type { ResolvedValueLists } from '../../../domain/value-lists/value-list'

async function photosArrived(draft: ApplyDraft): Promise<void> {
  const box = appOutbox()
  box.retryNow()
  await box.flush()
  const ids = new Set(draft.papers.map((p) => p.uploadId))
  const waiting = box.list().filter((item) => ids.has(item.id) && item.state !== 'done')
  const refused = waiting.find((item) => item.state === 'rejected')
  if (refused) throw new AppError('INVALID_INPUT', `有照片无法上传：${refused.lastError ?? ''}请在“证明材料”中删除后重新拍摄`, { papers: '有照片无法上传' })
  const stalled = waiting.find((item) => item.state === 'stalled')
  if (stalled) throw new AppError('INTERNAL', `照片上传时${stalled.lastError ?? '服务暂时出错'}`)
  if (waiting.length > 0) throw new AppError('NETWORK', `还有${waiting.length}张照片没有上传，请连接网络后再提交（已填内容已保存在手机上）`)
}

/** Returns the draft to keep (with its request id) and the answer once it arrived. */
export async function submitDraft(
  draft: ApplyDraft,
  lists: ResolvedValueLists,
  save: (draft: ApplyDraft) => void,
  resubmitting: boolean,
): Promise<ApplicationSummary> {
  await photosArrived(draft)
  const requestId = draft.requestId ?? newRequestId()
  save({ ...draft, requestId })
  const data = submissionOf(draft, lists)
  try {
    const summary = resubmitting && draft.applicationId ? await applyApi.resubmit(draft.applicationId, data, requestId) : await applyApi.submit(data, requestId)
    save({ ...draft, requestId: null, applicationId: summary.id })
    return summary
  } catch (error) {
    // A lost connection or a service fault keeps the id for the retry; a refusal means the next attempt is a new intent.
    if (!keepsRequestId(error)) save({ ...draft, requestId: null })
    throw error
  }
}
