/**
 * Photos for a record that is sent later (走访照片): taken or chosen,
 * compressed on the phone (pick-photos.ts), kept there under a fresh upload
 * id (photo-store.ts) and put in the outbox at once as an upload of their
 * own, so they go up while the rest is filled in. The record names them by
 * upload id; the outbox sends each photo once (outbox.ts).
 */
import { newRequestId } from '../api/request-id'
import { appOutbox } from '../outbox/app-outbox'
import { keepPhoto } from '../outbox/photo-store'
import { pickPhotos } from './pick-photos'

export type KeptPhoto = { uploadId: string; localPath: string; bytes: number }

/** Up to `room` photos; an empty list when the chooser is cancelled. */
export async function takePhotos(room: number, purpose: string, title: string): Promise<KeptPhoto[]> {
  let picked
  try {
    picked = await pickPhotos(room)
  } catch {
    return [] // cancelling the chooser is not an error
  }
  const kept: KeptPhoto[] = []
  for (const photo of picked.slice(0, room)) {
    const uploadId = `p${newRequestId()}`.slice(0, 40)
    const { localPath } = await keepPhoto(uploadId, photo.tempPath)
    appOutbox().add({ id: uploadId, title, steps: [{ type: 'upload', uploadId, purpose, localPath, done: false }] })
    kept.push({ uploadId, localPath, bytes: photo.bytes })
  }
  void appOutbox().flush()
  return kept
}
