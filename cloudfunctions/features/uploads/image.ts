/**
 * Re-encoding with sharp: the bytes decide the type (magic numbers, never a
 * name), the header decides whether decoding is affordable, then rotate by
 * EXIF → fit inside the long edge (never enlarged) → flatten on white → JPEG
 * with no metadata at all (EXIF, GPS, XMP, ICC dropped: sharp keeps none
 * unless asked). Everything is stored as JPEG, screenshots and PNG papers
 * included: one format to serve and to size, and text stays legible at q80.
 * Plain libjpeg settings, not `mozjpeg: true`: measured on a 12 MP photo,
 * mozjpeg saved 8% of the bytes for 4–5× the CPU time (197 ms vs 44 ms).
 *
 * HEIC: the prebuilt libvips that sharp ships decodes AVIF but not HEVC-coded
 * HEIF (patents), so HEIC is decoded by libheif in WebAssembly (heic.ts) and
 * handed to sharp as pixels; a sharp built against a system libvips with
 * libde265 (`heicDecodable()`) is used as is. Both libraries load on the
 * first image (image-libraries.ts), never when the function starts.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import { detectImageFormat, uploadMessages, type UploadLimits } from '../../../src/domain/upload/upload'
import { readHeic } from './heic'
import { loadSharp } from './image-libraries'

export type Encoded = { bytes: Buffer; width: number; height: number }

/** Whether this sharp build can decode iPhone HEIC (HEVC-coded HEIF). */
export function heicDecodable(): boolean {
  return loadSharp().format.heif.input.fileSuffix?.includes('.heic') ?? false
}

const refuse = (message: string) => new AppError('INVALID_INPUT', message, { file: message })

export async function reencodeImage(input: Buffer, limits: UploadLimits): Promise<Encoded> {
  if (input.length === 0) throw refuse(uploadMessages.empty(limits))
  if (input.length > limits.maxInputBytes) {
    const message = uploadMessages.tooLarge(limits)
    throw new AppError('PAYLOAD_TOO_LARGE', message, { file: message })
  }
  const format = detectImageFormat(input)
  if (!format || !limits.formats.includes(format)) throw refuse(uploadMessages.unsupported(limits))
  const sharp = loadSharp()
  const viaWasm = format === 'heic' && !heicDecodable()
  const heif = viaWasm ? await readHeic(input) : null

  // The header alone: a 20000×20000 "photo" is refused before a single pixel is decoded.
  const meta =
    heif ??
    (viaWasm
      ? null
      : await sharp(input)
          .metadata()
          .catch(() => null))
  if (!meta?.width || !meta.height) throw refuse(uploadMessages.corrupt(limits))
  if (meta.width > limits.maxSide || meta.height > limits.maxSide || meta.width * meta.height > limits.maxPixels) {
    throw refuse(uploadMessages.tooManyPixels(limits))
  }

  try {
    const edge = limits.outputLongEdge
    // Raw pixels from libheif are upright already and carry no metadata to rotate by.
    const source = heif ? await heif.pixels() : sharp(input, { limitInputPixels: limits.maxPixels }).rotate()
    const { data, info } = await source
      .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: limits.jpegQuality })
      .toBuffer({ resolveWithObject: true })
    return { bytes: data, width: info.width, height: info.height }
  } catch {
    throw refuse(uploadMessages.corrupt(limits))
  }
}
