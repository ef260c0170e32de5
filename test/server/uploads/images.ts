/** Real images for the upload tests, made with sharp, and a small EXIF reader to prove what they carry. */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

/** A photo-like texture (smooth noise, not flat colour, so JPEG sizes are realistic), `width`×`height`. */
async function texture(width: number, height: number): Promise<ReturnType<typeof sharp>> {
  const seed = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .png()
    .toBuffer()
  return sharp(seed).resize(width, height, { fit: 'fill' })
}

/** 4000×3000 JPEG (12 MP) with camera EXIF and a GPS position (39°56′N 116°23′E). */
export async function gpsJpeg12mp(): Promise<Buffer> {
  return (await texture(4000, 3000))
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 56/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** A 400×200 landscape stored sideways: EXIF orientation 6 says "rotate 90° clockwise to view" (so it is seen as 200×400). */
export async function rotatedJpeg(): Promise<Buffer> {
  return (await texture(400, 200)).withMetadata({ orientation: 6 }).jpeg({ quality: 85 }).toBuffer()
}

export async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 0.5 } } })
    .png()
    .toBuffer()
}

export async function webp(width: number, height: number): Promise<Buffer> {
  return (await texture(width, height)).webp().toBuffer()
}

/** The GPS latitude in degrees from a raw EXIF block (`Exif\0\0` + TIFF), or null when it has no GPS IFD. */
export function gpsLatitude(exif: Buffer | undefined): number | null {
  if (!exif) return null
  const tiff = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0)
  const le = tiff.subarray(0, 2).toString('latin1') === 'II'
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o))
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o))
  const entries = (ifd: number) => Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + i * 12).map((e) => ({ tag: u16(e), value: u32(e + 8) }))
  const gpsIfd = entries(u32(4)).find((e) => e.tag === 0x8825)?.value
  const lat = gpsIfd === undefined ? undefined : entries(gpsIfd).find((e) => e.tag === 0x0002)?.value
  if (lat === undefined) return null
  const rational = (i: number) => u32(lat + i * 8) / u32(lat + i * 8 + 4)
  return rational(0) + rational(1) / 60 + rational(2) / 3600
}

/** Every file under a folder, relative paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}
