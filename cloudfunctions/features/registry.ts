/**
 * Every deployable function and its actions. The local host serves exactly
 * these; the build bundles one CloudBase function per entry.
 */
import type { ActionSet } from '../core/action'
import { accountActions } from './account/account.actions'
import { applicationActions } from './application/application.actions'
import { fileActions } from './files/files.actions'
import { inboxActions } from './inbox/inbox.actions'
import { uploadActions } from './uploads/uploads.actions'
import { visitActions } from './visit/visit.actions'

export const FUNCTIONS: Record<string, ActionSet> = {
  account: accountActions,
  application: applicationActions,
  files: fileActions,
  inbox: inboxActions,
  uploads: uploadActions,
  visit: visitActions,
}
