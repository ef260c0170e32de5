/**
 * CloudBase function `application`: applying, the staff steps up to filing, lists and details. Its timers run the
 * 公示期满 sweep (hourly) and remove printouts whose 5-minute link has expired (every 5 minutes).
 */
import { makeCloudMain } from '../../cloud/cloud-main'
import { sweepTemporaryDocuments } from '../../core/temporary-document'
import { applicationActions } from '../../features/application/application.actions'
import { sweepEndedPublicity } from '../../features/application/publicity-sweep'

export const main = makeCloudMain('application', applicationActions, {
  onTimer: async (deps, trigger) =>
    trigger === 'temporarySweep' ? { temporaryRemoved: await sweepTemporaryDocuments(deps) } : { publicityOver: await sweepEndedPublicity(deps) },
})
