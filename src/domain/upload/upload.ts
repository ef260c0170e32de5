/**
 * Uploaded images (issue 4's supporting papers, issue 5's visit photos): what
 * each purpose accepts and how it is re-encoded, the client-made upload id,
 * and the image type told from the bytes themselves — never from a file name
 * or a declared content type. Pure: the server does the decoding (sharp);
 * the phone may use the same limits to refuse early.
 */
import { z } from 'zod'

export const UPLOAD_PURPOSES = ['attachment', 'visitPhoto'] as const
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number]

/** The formats told apart by their first bytes (HEIC: HEVC-coded HEIF, as iPhones and many Android phones take photos). */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heic'

export type UploadLimits = {
  /** Chinese name used in messages: "照片过大…", "证明材料格式不支持…". */
  label: string
  /** Largest input accepted, in bytes. */
  maxInputBytes: number
  /** Largest decoded image (width × height), checked from the header before decoding. */
  maxPixels: number
  /** Largest width or height, so a 20000×100 strip is refused even though it is few pixels. */
  maxSide: number
  /** The stored image fits inside this square; smaller images are not enlarged. */
  outputLongEdge: number
  /** JPEG quality of the stored image. Everything is stored as JPEG (screenshots included: flattened on white). */
  jpegQuality: number
  formats: readonly ImageFormat[]
}

const MB = 1024 * 1024

export const UPLOAD_LIMITS: Record<UploadPurpose, UploadLimits> = {
  // Papers (certificates, bank statements) must stay legible: a larger long edge.
  attachment: {
    label: '证明材料',
    maxInputBytes: 15 * MB,
    maxPixels: 50_000_000,
    maxSide: 12_000,
    outputLongEdge: 1600,
    jpegQuality: 80,
    formats: ['jpeg', 'png', 'webp', 'heic'],
  },
  visitPhoto: {
    label: '照片',
    maxInputBytes: 15 * MB,
    maxPixels: 50_000_000,
    maxSide: 12_000,
    outputLongEdge: 1280,
    jpegQuality: 80,
    formats: ['jpeg', 'png', 'webp', 'heic'],
  },
}

/** The largest body any purpose accepts: the transport refuses beyond this before reading further. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_LIMITS).map((l) => l.maxInputBytes))

/** Signed links to stored uploads live this long. */
export const UPLOAD_LINK_SECONDS = 5 * 60

export const UPLOAD_ID = /^[A-Za-z0-9_-]{8,64}$/

export const uploadIdField = (label = '上传编号') =>
  z
    .string({ error: `${label}应为文字` })
    .regex(UPLOAD_ID, { error: `${label}应为8至64位字母、数字、-或_` })
    .meta({ title: label })

export const uploadPurposeField = () =>
  z.enum(UPLOAD_PURPOSES, { error: '上传用途应为 attachment（证明材料）或 visitPhoto（走访照片）' }).meta({ title: '上传用途' })

/** What the transport hands the use case besides the bytes. */
export const uploadMetaInput = () => z.object({ uploadId: uploadIdField(), purpose: uploadPurposeField() })

/** Cloud: the phone put the bytes at `incoming/<uploadId>` with wx.cloud.uploadFile, then names the file it got back. */
export const registerUploadInput = () =>
  uploadMetaInput()
    .extend({ fileId: z.string({ error: '文件编号（fileId）应为文字' }).min(1, { error: '文件编号（fileId）不能为空' }).max(500).meta({ title: '文件编号' }) })
    .refine((v) => v.fileId.endsWith(`/${incomingPath(v.uploadId)}`), { error: '文件编号（fileId）应指向本次上传的 incoming/<上传编号>', path: ['fileId'] })

/** Where the phone uploads before registering (cloud transport only). */
export const incomingPath = (uploadId: string) => `incoming/${uploadId}`

/** What the phone gets back for an accepted upload. */
export type UploadView = { uploadId: string; purpose: UploadPurpose; width: number; height: number; bytes: number; url: string }

/** Brands of HEIF images as iPhones and Android phones write them (HEVC-coded). AVIF (`avif`, `avis`) is not among them. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'])

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/** The image type from the first bytes, or null when it is none we know. */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 12))) return 'heic'
  return null
}

/** Chinese messages, one per refusal, each naming what was uploaded. */
export const uploadMessages = {
  unsupported: (l: UploadLimits) => `${l.label}格式不支持，请上传JPG、PNG或WebP图片`,
  tooLarge: (l: UploadLimits) => `${l.label}过大（上限${Math.round(l.maxInputBytes / MB)}MB），请压缩后重新上传`,
  tooManyPixels: (l: UploadLimits) => `${l.label}尺寸过大（最多${Math.round(l.maxPixels / 1_000_000)}百万像素，每边不超过${l.maxSide}像素）`,
  empty: (l: UploadLimits) => `${l.label}内容为空，请重新选择`,
  corrupt: (l: UploadLimits) => `${l.label}文件已损坏，无法读取，请重新选择`,
}
