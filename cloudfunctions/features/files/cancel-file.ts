/** 注销 an active or suspended file (owning staff: the file's union or above): reason, date, remarks. */
import type { CancelInput } from '../../../src/domain/file/file.schema'
import { FILE_STATUS_LABELS } from '../../../src/domain/file/file-machine'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import type { ApplicationDoc } from '../application/application.doc'
import { fileStatusOf, loadFiled, requireFileStep, type FiledDoc } from './file-access'
import { cancelInTransaction } from './file-cancellation'
import { concernedBy } from './file-recipients'

export const FILE_CHANGED = '档案已被他人处理，请刷新后再操作'

export async function cancelFile(ctx: ActionContext, input: CancelInput) {
  const { file, actors } = await loadFiled(ctx, input.applicationId)
  requireFileStep('cancel', file, actors)
  if (input.date < file.filed.filedAt.slice(0, 10)) {
    const message = `注销日期不能早于建档日期（${file.filed.filedAt.slice(0, 10)}）`
    throw new AppError('INVALID_INPUT', message, { date: message })
  }
  const concerned = await concernedBy(ctx.deps, file)
  return ctx.transact(async (tx) => {
    const fresh = await tx.get<ApplicationDoc>('applications', file.id)
    if (!fresh || fresh.version !== file.version) throw new AppError('CONFLICT', FILE_CHANGED)
    const saved = await cancelInTransaction(ctx, tx, fresh as typeof file & FiledDoc, input, concerned)
    const status = fileStatusOf(saved)
    return { applicationId: saved.id, fileStatus: status, fileStatusLabel: FILE_STATUS_LABELS[status], cancellation: saved.cancellation }
  })
}
