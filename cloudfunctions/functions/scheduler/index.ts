/**
 * CloudBase function `scheduler`: no actions; its timer (config.json, every 5 minutes) runs every scheduled job within
 * its budget (features/schedule.ts). Its storage can list `incoming/` (cloud/storage-listing.ts) for the stale-upload sweep.
 */
import { makeCloudMain } from '../../cloud/cloud-main'
import { readCloudSettings } from '../../cloud/cloud-settings'
import { managerLister, withListing } from '../../cloud/storage-listing'
import { runSchedule } from '../../features/schedule'

export const main = makeCloudMain(
  'scheduler',
  {},
  {
    onTimer: (deps) => runSchedule({ ...deps, files: withListing(deps.files, managerLister(readCloudSettings().envId)) }),
  },
)
