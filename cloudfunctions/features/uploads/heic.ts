/**
 * HEIC (HEVC-coded HEIF, what iPhones and many Android phones take) decoded
 * in WebAssembly by libheif-js through heic-decode, because the libvips that
 * sharp ships cannot decode HEVC. The header gives the size first, so an
 * absurd image is refused before it is decoded; libheif applies the image's
 * own rotation and mirroring while decoding. Measured here: a 12 MP HEIC in ~2 s.
 */
import type { Sharp } from 'sharp'
import { loadHeic, loadSharp } from './image-libraries'

export type HeicPrimary = { width: number; height: number; pixels: () => Promise<Sharp> }

/** The primary image's size, and a way to decode it into sharp as RGBA; null when the bytes are not a readable HEIC. */
export async function readHeic(input: Buffer): Promise<HeicPrimary | null> {
  const images = await loadHeic()
    .all({ buffer: input })
    .catch(() => null)
  const primary = images?.[0]
  if (!primary) return null
  return {
    width: primary.width,
    height: primary.height,
    pixels: async () => {
      const { data } = await primary.decode()
      return loadSharp()(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width: primary.width, height: primary.height, channels: 4 } })
    },
  }
}
