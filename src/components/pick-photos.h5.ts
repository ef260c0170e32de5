/**
 * Browser build of pick-photos.ts: the file chooser, then a canvas scales the
 * photo to the long edge and re-encodes it as JPEG, stepping the quality down
 * until it fits. The browser applies the EXIF orientation when decoding, so
 * the canvas holds the photo upright.
 */
import Taro from '@tarojs/taro'
import { PHONE_PHOTO } from './phone-photo'

export type PickedPhoto = { tempPath: string; bytes: number }

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality))
}

async function compress(path: string): Promise<PickedPhoto> {
  const bitmap = await createImageBitmap(await (await fetch(path)).blob())
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

export async function pickPhotos(count: number): Promise<PickedPhoto[]> {
  const { tempFilePaths } = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  const picked: PickedPhoto[] = []
  for (const path of tempFilePaths) picked.push(await compress(path))
  return picked
}
