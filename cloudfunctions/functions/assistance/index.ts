/** CloudBase function `assistance`: the household's plan (一户一策), the 联系卡, aid and campaigns, the 帮扶台账 and its .xlsx export. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { assistanceActions } from '../../features/assistance/assistance.actions'

export const main = makeCloudMain('assistance', assistanceActions)
