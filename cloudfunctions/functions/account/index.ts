/** CloudBase function `account`: the signed-in user, unions, binding a profile. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { accountActions } from '../../features/account/account.actions'

export const main = makeCloudMain('account', accountActions)
