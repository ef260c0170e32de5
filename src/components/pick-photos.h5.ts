/**
 * Browser build of pick-photos.ts: the file chooser, then a canvas scales the
 * photo to the long edge and re-encodes it as JPEG, stepping the quality down
 * until it fits. The browser applies the EXIF orientation when decoding, so
 * the canvas holds the photo upright.
 */
import { PHONE_PHOTO } from './phone-photo'

export type PickedPhoto = { tempPath: string; bytes: number }

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality))
}

/** A photo the browser cannot decode (HEIC on most Android browsers) goes as it is: the server decodes and shrinks it. */
async function compress(path: string): Promise<PickedPhoto> {
  const original = await (await fetch(path)).blob()
  const bitmap = await createImageBitmap(original).catch(() => null)
  if (!bitmap) return { tempPath: path, bytes: original.size }
  const scale = Math.min(1, PHONE_PHOTO.longEdge / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(bitmap.width * scale)
  canvas.height = Math.round(bitmap.height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no canvas')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  let blob: Blob | null = null
  for (const quality of PHONE_PHOTO.qualities) {
    blob = await toBlob(canvas, quality)
    if (blob.size <= PHONE_PHOTO.maxBytes) break
  }
  if (!blob) throw new Error('encode failed')
  return { tempPath: URL.createObjectURL(blob), bytes: blob.size }
}

/**
 * The browser's own file chooser rather than Taro.chooseImage, which drops any
 * file its <img> cannot show (HEIC from Android phones) without a word.
 */
function chooseFiles(count: number): Promise<File[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*,.heic,.heif'
    input.multiple = count > 1
    input.style.display = 'none'
    const done = () => input.remove()
    input.onchange = () => (resolve(Array.from(input.files ?? []).slice(0, count)), done())
    input.addEventListener('cancel', () => (reject(new Error('cancel')), done()))
    document.body.appendChild(input)
    input.click()
  })
}

export async function pickPhotos(count: number): Promise<PickedPhoto[]> {
  const picked: PickedPhoto[] = []
  for (const file of await chooseFiles(count)) picked.push(await compress(URL.createObjectURL(file)))
  return picked
}
