/**
 * Browser build: a chosen photo lives as a blob URL only as long as the tab,
 * so the compressed JPEG is kept as a data URL in local storage until it is
 * no longer needed, and survives a reload.
 */
const PREFIX = 'bangfu.photo.'

export async function keepPhoto(uploadId: string, tempPath: string): Promise<{ localPath: string; preview: string }> {
  const blob = await (await fetch(tempPath)).blob()
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(new Error('read failed'))
    reader.readAsDataURL(blob)
  })
  const localPath = `${PREFIX}${uploadId}`
  window.localStorage.setItem(localPath, dataUrl)
  return { localPath, preview: dataUrl }
}

export async function keptPhotoBytes(localPath: string): Promise<ArrayBuffer | null> {
  const dataUrl = window.localStorage.getItem(localPath)
  if (!dataUrl) return null
  return (await fetch(dataUrl)).arrayBuffer()
}

/** What to show for a kept photo (the data URL itself). */
export function keptPhotoPreview(localPath: string): string {
  return window.localStorage.getItem(localPath) ?? ''
}

export function forgetPhoto(localPath: string): void {
  window.localStorage.removeItem(localPath)
}
