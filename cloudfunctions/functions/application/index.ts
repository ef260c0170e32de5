/** CloudBase function `application`: applying, the staff steps up to filing, lists and details (its 公示期满 sweep runs in `scheduler`). */
import { makeCloudMain } from '../../cloud/cloud-main'
import { applicationActions } from '../../features/application/application.actions'

export const main = makeCloudMain('application', applicationActions)
