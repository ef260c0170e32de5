/** CloudBase function `visit`: helpers' households and visits, compliance and pairing for staff (its reminders and weekly digest run in `scheduler`). */
import { makeCloudMain } from '../../cloud/cloud-main'
import { visitActions } from '../../features/visit/visit.actions'

export const main = makeCloudMain('visit', visitActions)
