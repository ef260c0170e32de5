/** CloudBase function `uploads`: register an image the phone put in storage (checked and re-encoded here), and fetch links to one's own. */
import { makeCloudMain } from '../../cloud/cloud-main'
import { sharpStatus } from '../../features/uploads/image-libraries'
import { uploadActions } from '../../features/uploads/uploads.actions'

export const main = makeCloudMain('uploads', uploadActions, { sharp: sharpStatus })
