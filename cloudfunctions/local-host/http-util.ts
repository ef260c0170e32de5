import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ErrorBody, ErrorCode } from '../../src/domain/shared/app-error'

export const MAX_BODY_BYTES = 1024 * 1024

const STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_ACTION: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  NETWORK: 503,
  INTERNAL: 500,
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

export function sendError(res: ServerResponse, error: ErrorBody): void {
  sendJson(res, STATUS[error.code] ?? 500, error)
}

/**
 * The request's URL and its path with %-escapes decoded, or null when either cannot be read: `//x` is not a
 * path to `new URL(raw, base)`, and `/%` or `/%E0%A4%A` are not valid escapes. Such requests are the client's mistake.
 */
export function parseRequestUrl(raw: string): { url: URL; path: string } | null {
  try {
    const url = new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw, 'http://localhost')
    return { url, path: decodeURIComponent(url.pathname) }
  } catch {
    return null
  }
}

export class BodyError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message)
  }
}

/** Reads a JSON body of at most MAX_BODY_BYTES; anything else is a clear error. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBytes(req, MAX_BODY_BYTES, `请求内容过大（上限${MAX_BODY_BYTES / 1024}KB）`)).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new BodyError({ code: 'BAD_REQUEST', message: '请求内容不是有效的JSON' })
  }
}

/** Reads a raw body of at most `limit` bytes; beyond it, PAYLOAD_TOO_LARGE with `tooLargeMessage`, and the rest is discarded unread. */
export function readBytes(req: IncomingMessage, limit: number, tooLargeMessage: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const tooLarge = new BodyError({ code: 'PAYLOAD_TOO_LARGE', message: tooLargeMessage })
    if (declared > limit) {
      req.resume()
      reject(tooLarge)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(tooLarge)
        return
      }
      chunks.push(chunk)
    })
    req.on('error', () => reject(new BodyError({ code: 'BAD_REQUEST', message: '请求未能完整接收，请重试' })))
    req.on('end', () => {
      if (size <= limit) resolve(Buffer.concat(chunks))
    })
  })
}
