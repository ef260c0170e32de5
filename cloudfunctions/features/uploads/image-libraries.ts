/**
 * sharp (libvips, native) and heic-decode (libheif in WebAssembly) are loaded
 * here, on the first image that needs them, and nowhere at module load: a
 * function whose container lacks what libvips needs (sharp's prebuilt libvips
 * declares glibc >= 2.28) then loses its image step only. `application` and
 * `visit` never load either library (their bundles do not contain them; a
 * test checks), and `uploads` still answers everything but a new image.
 *
 * When the native build does not load, sharp itself tries its WebAssembly
 * build, `@img/sharp-wasm32`, which the uploads function installs beside it
 * (cloudfunctions/build.ts): slower (measured here ~0.7 s to load, a few
 * times the CPU per photo) but the same results. If neither loads, the caller
 * gets a Chinese error that says so, never a "network" failure.
 */
import type { Sharp, SharpOptions } from 'sharp'
import { AppError } from '../../../src/domain/shared/app-error'

export type SharpFn = ((input?: Buffer, options?: SharpOptions) => Sharp) & {
  format: { heif: { input: { fileSuffix?: string[] } } }
  versions: Record<string, string | undefined>
}

type HeicImage = { width: number; height: number; decode(): Promise<{ data: Uint8ClampedArray }> }
export type HeicDecode = { all(input: { buffer: Buffer }): Promise<HeicImage[]> }

export const IMAGE_LIBRARY_MISSING = '图片处理组件未能加载，暂时无法上传照片（其他功能不受影响），请联系管理员查看 uploads 云函数'

/** How sharp loaded: `native` libvips, its `wasm32` fallback, or not at all (with why, for the health check). */
export type SharpStatus = { loaded: true; build: 'native' | 'wasm32'; version: string } | { loaded: false; error: string }

// Plain `require` inside functions: esbuild leaves these externals unresolved until called.
/* eslint-disable @typescript-eslint/no-require-imports */
const requireSharp = () => require('sharp') as SharpFn
const requireHeic = () => require('heic-decode') as HeicDecode
/* eslint-enable @typescript-eslint/no-require-imports */

let sharpModule: SharpFn | undefined
let sharpError: string | undefined

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? ''
}

/** sharp, loaded once; an AppError (Chinese, code INTERNAL) when neither its native nor its WebAssembly build loads. */
export function loadSharp(): SharpFn {
  if (sharpModule) return sharpModule
  try {
    sharpModule = requireSharp()
    return sharpModule
  } catch (error) {
    sharpError = firstLine(error)
    throw new AppError('INTERNAL', IMAGE_LIBRARY_MISSING)
  }
}

let heicModule: HeicDecode | undefined

export function loadHeic(): HeicDecode {
  try {
    heicModule ??= requireHeic()
    return heicModule
  } catch {
    throw new AppError('INTERNAL', IMAGE_LIBRARY_MISSING)
  }
}

/** Tries to load sharp and says how it went; used by the `health` action of the uploads function. */
export function sharpStatus(): SharpStatus {
  try {
    const sharp = loadSharp()
    // The WebAssembly build reports the emscripten it was compiled with; the native one does not.
    return { loaded: true, build: sharp.versions.emscripten ? 'wasm32' : 'native', version: sharp.versions.sharp ?? '' }
  } catch {
    return { loaded: false, error: sharpError ?? IMAGE_LIBRARY_MISSING }
  }
}
