/**
 * A filed household as the `files` feature sees it, with the caller's
 * relations to it (src/domain/file/file-machine.ts), resolved on the server:
 *   owner    — staff whose union's subtree holds the file;
 *   helper   — the file's primary or second helper;
 *   chair    — the chair of the file's own grassroots union;
 *   reviewer — staff of a union strictly above the file's union.
 * No relation, or an id that is not a filed case, reads as "not found".
 */
import type { Caller } from '../../../src/domain/account/roles'
import { checkFileStep, type FileActor, type FileStatus, type FileStep } from '../../../src/domain/file/file-machine'
import { AppError } from '../../../src/domain/shared/app-error'
import { isWithin } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import type { ApplicationDoc, FiledRecord } from '../application/application.doc'

export type PairedRecord = FiledRecord & { secondHelperId?: string; secondHelperName?: string }
export type FiledDoc = Omit<ApplicationDoc, 'filed'> & { filed: PairedRecord }

export const NOT_YOUR_FILE = '档案不存在或您无权查看'

export const fileStatusOf = (doc: Pick<ApplicationDoc, 'fileStatus'>): FileStatus => doc.fileStatus ?? 'active'

export function fileActorsOf(caller: Caller, file: Pick<FiledDoc, 'filed' | 'unionPath' | 'unionId'>): FileActor[] {
  const actors: FileActor[] = []
  const staff = caller.roles.includes('staff') ? caller.staff : undefined
  if (staff && isWithin(file.unionPath, staff.unionPath)) {
    actors.push('owner')
    if (file.unionPath !== staff.unionPath) actors.push('reviewer')
  }
  const helpers = [file.filed.helperId, file.filed.secondHelperId]
  if (caller.roles.includes('helper') && helpers.includes(caller.userId)) actors.push('helper')
  if (caller.roles.includes('chair') && caller.chair?.unionId === file.unionId) actors.push('chair')
  return actors
}

export type LoadedFile = { file: Doc<FiledDoc>; actors: FileActor[] }

export async function loadFiled(ctx: ActionContext, applicationId: string): Promise<LoadedFile> {
  const app = await ctx.deps.store.get<ApplicationDoc>('applications', applicationId)
  if (!app || app.status !== 'filed' || !app.filed) throw new AppError('NOT_FOUND', NOT_YOUR_FILE)
  const file = app as Doc<FiledDoc>
  const actors = fileActorsOf(ctx.caller, file)
  if (actors.length === 0) throw new AppError('NOT_FOUND', NOT_YOUR_FILE)
  return { file, actors }
}

const EVERYONE: FileActor[] = ['owner', 'helper', 'chair', 'reviewer', 'receiver']

/** The machine's verdict as an error: CONFLICT when the file's status forbids the step, FORBIDDEN when the caller does. */
export function requireFileStep(step: FileStep, file: Pick<ApplicationDoc, 'fileStatus'>, actors: readonly FileActor[]): FileStatus {
  const status = fileStatusOf(file)
  const check = checkFileStep(step, status, actors)
  if (check.ok) return check.to
  throw new AppError(checkFileStep(step, status, EVERYONE).ok ? 'FORBIDDEN' : 'CONFLICT', check.reason)
}
