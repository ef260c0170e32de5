/**
 * Photos kept on the phone until they have arrived: WeChat's temp files may be
 * cleaned up at any time, so a chosen photo is saved into the app's own
 * folder, and survives the app being killed (see photo-store.h5.ts for the browser).
 */
import Taro from '@tarojs/taro'

const dir = () => `${Taro.env.USER_DATA_PATH}/photos`

/** Saves a (compressed) temp file under the upload id; returns the path to upload from and to show. */
export function keepPhoto(uploadId: string, tempPath: string): Promise<{ localPath: string; preview: string }> {
  const fs = Taro.getFileSystemManager()
  try {
    fs.accessSync(dir())
  } catch {
    fs.mkdirSync(dir(), true)
  }
  const localPath = `${dir()}/${uploadId}.jpg`
  fs.copyFileSync(tempPath, localPath)
  return Promise.resolve({ localPath, preview: localPath })
}

/** WeChat uploads straight from the path; only the browser build reads the bytes (photo-store.h5.ts). */
export function keptPhotoBytes(localPath: string): Promise<ArrayBuffer | null> {
  return Promise.resolve(Taro.getFileSystemManager().readFileSync(localPath) as ArrayBuffer)
}

/** What an <Image> shows for a kept photo: the file itself. */
export function keptPhotoPreview(localPath: string): string {
  return localPath
}

export function forgetPhoto(localPath: string): void {
  try {
    Taro.getFileSystemManager().unlinkSync(localPath)
  } catch {
    // Already gone: nothing to forget.
  }
}
