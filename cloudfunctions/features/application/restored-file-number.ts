/**
 * 档案恢复: an application that restores a cancelled file (files.restore)
 * takes that file's number back when it is filed; the old record becomes
 * `restored` (file-machine.ts: refile) and its period joins the new file's
 * earlier periods, so the timeline shows both. Runs inside the filing transaction.
 */
import { checkFileStep } from '../../../src/domain/file/file-machine'
import { AppError } from '../../../src/domain/shared/app-error'
import type { DocOps } from '../../core/ports/store.port'
import type { ApplicationDoc, FilePeriod } from './application.doc'

export async function reclaimFileNumber(tx: DocOps, oldId: string, now: string): Promise<{ fileNumber: string; periods: FilePeriod[] }> {
  const old = await tx.get<ApplicationDoc>('applications', oldId)
  const step = old ? checkFileStep('refile', old.fileStatus ?? 'active', ['owner']) : null
  if (!old?.filed || !old.cancellation || !step?.ok) throw new AppError('CONFLICT', '原档案状态已变化，不能恢复原档案号')
  await tx.update<ApplicationDoc>('applications', old.id, old.version, { fileStatus: step.to, updatedAt: now })
  const period: FilePeriod = {
    fileNumber: old.filed.fileNumber,
    filedAt: old.filed.filedAt,
    cancelledOn: old.cancellation.date,
    reason: old.cancellation.reason,
    applicationId: old.id,
  }
  return { fileNumber: old.filed.fileNumber, periods: [...(old.previousPeriods ?? []), period] }
}
