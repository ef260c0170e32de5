/** CloudBase function `visit`: helpers' households and visits, compliance and pairing for staff; its timer runs the visit reminders and weekly digest. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { visitActions } from '../../features/visit/visit.actions'
import { sweepVisitReminders } from '../../features/visit/visit-reminders'

export const main = makeCloudMain('visit', visitActions, { onTimer: (deps) => sweepVisitReminders(deps) })
