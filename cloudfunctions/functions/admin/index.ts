/** CloudBase function `admin`: organisation, people, policy and existing files, run without a database console. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { adminActions } from '../../features/admin/admin.actions'

export const main = makeCloudMain('admin', adminActions)
