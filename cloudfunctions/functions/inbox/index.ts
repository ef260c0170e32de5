/** CloudBase function `inbox`: the in-app notices of the signed-in user. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { inboxActions } from '../../features/inbox/inbox.actions'

export const main = makeCloudMain('inbox', inboxActions)
