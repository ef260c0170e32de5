/** CloudBase function `application`: applying, the staff steps up to filing, lists and details; its timer runs the 公示期满 sweep. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { applicationActions } from '../../features/application/application.actions'
import { sweepEndedPublicity } from '../../features/application/publicity-sweep'

export const main = makeCloudMain('application', applicationActions, { onTimer: async (deps) => ({ publicityOver: await sweepEndedPublicity(deps) }) })
