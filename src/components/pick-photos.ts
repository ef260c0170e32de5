/**
 * Taking or choosing photos, compressed on the phone before they are kept or
 * sent: the long edge at most PHONE_PHOTO.longEdge pixels and, stepping the
 * quality down, at most PHONE_PHOTO.maxBytes (ARCHITECTURE.md, Budgets). The
 * browser build does the same with a canvas (pick-photos.h5.ts).
 */
import Taro from '@tarojs/taro'
import { PHONE_PHOTO } from './phone-photo'

export type PickedPhoto = { tempPath: string; bytes: number }

async function sizeOf(path: string): Promise<number> {
  const info = await Taro.getFileInfo({ filePath: path })
  return 'size' in info ? info.size : 0
}

async function compress(src: string): Promise<PickedPhoto> {
  let best: PickedPhoto = { tempPath: src, bytes: await sizeOf(src) }
  for (const quality of PHONE_PHOTO.qualities) {
    const { tempFilePath } = await Taro.compressImage({ src, quality: Math.round(quality * 100), compressedWidth: PHONE_PHOTO.longEdge })
    best = { tempPath: tempFilePath, bytes: await sizeOf(tempFilePath) }
    if (best.bytes <= PHONE_PHOTO.maxBytes) break
  }
  return best
}

export async function pickPhotos(count: number): Promise<PickedPhoto[]> {
  const { tempFiles } = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['camera', 'album'] })
  const picked: PickedPhoto[] = []
  for (const file of tempFiles) picked.push(await compress(file.tempFilePath))
  return picked
}
