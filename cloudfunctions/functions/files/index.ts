/** CloudBase function `files`: a household file's life after filing — 认定书, 认定, 注销, 恢复, 花名册. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { fileActions } from '../../features/files/files.actions'

export const main = makeCloudMain('files', fileActions)
