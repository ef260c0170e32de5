/** CloudBase function `scheduler`: no actions; its timer (config.json, every 5 minutes) runs every scheduled job within its budget (features/schedule.ts). */
import { makeCloudMain } from '../../cloud/cloud-main'
import { runSchedule } from '../../features/schedule'

export const main = makeCloudMain('scheduler', {}, { onTimer: (deps) => runSchedule(deps) })
