/**
 * Every deployable function and its actions. The local host serves exactly
 * these; the build bundles one CloudBase function per entry.
 */
import type { ActionSet } from '../core/action'
import { accountActions } from './account/account.actions'
import { adminActions } from './admin/admin.actions'
import { applicationActions } from './application/application.actions'
import { assistanceActions } from './assistance/assistance.actions'
import { fileActions } from './files/files.actions'
import { inboxActions } from './inbox/inbox.actions'
import { uploadActions } from './uploads/uploads.actions'
import { visitActions } from './visit/visit.actions'

export const FUNCTIONS: Record<string, ActionSet> = {
  account: accountActions,
  admin: adminActions,
  application: applicationActions,
  assistance: assistanceActions,
  files: fileActions,
  inbox: inboxActions,
  uploads: uploadActions,
  visit: visitActions,
  /** No actions: only its timer trigger runs it (features/schedule.ts). */
  scheduler: {},
}
