/**
 * The local host: one HTTP server on 127.0.0.1 serving the H5 build and the
 * same function handlers the cloud runs. Routes (kept stable, see README):
 *   GET  /healthz
 *   GET  /api/_schema
 *   POST /api/dev/sign-in   { account } → { token }   (local only)
 *   GET  /api/dev/accounts
 *   POST /api/dev/clock     { advanceDays } | { now } → { now }   (local only)
 *   POST /api/<function>    { action, data, requestId }, Authorization: Bearer <token>
 *   POST /api/_upload?purpose=&uploadId=   raw image bytes (≤ 15 MB), Authorization: Bearer <token>
 *   GET  /files/<path>?exp=&sig=
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AppError } from '../../src/domain/shared/app-error'
import { MAX_UPLOAD_BYTES } from '../../src/domain/upload/upload'
import { resolveCaller } from '../core/caller'
import { chinaDate } from '../core/ports/clock.port'
import { dispatch, type Logger } from '../core/dispatch'
import { FUNCTIONS } from '../features/registry'
import { acceptUpload, parseUploadMeta } from '../features/uploads/uploads'
import { describeActions } from './api-schema'
import { identityFromHeader, listDemoAccounts, signIn } from './dev-auth'
import { BodyError, parseRequestUrl, readBytes, readJson, sendError, sendJson } from './http-util'
import type { LocalDeps } from './local-deps'
import { serveStatic } from './static-files'
import { applyTimeouts, DEFAULT_TIMEOUTS, guardRequest, serverOptions, type HostTimeouts } from './timeouts'

export type HostOptions = {
  deps: LocalDeps
  h5Dir: string
  tokenHours: number
  log: Logger & { info(line: string): void }
  /** Scheduled work to run at once after `POST /api/dev/clock` moved the time (start.ts: the sweeps). */
  afterClockMove?: () => Promise<void>
  /** Limits on slow and idle clients; tests shorten them. */
  timeouts?: HostTimeouts
}

async function handleApi(opts: HostOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<string> {
  const name = url.pathname.slice(5).replace(/\/+$/, '')
  const { deps } = opts
  if (name === '_schema' && req.method === 'GET') {
    sendJson(res, 200, describeActions(FUNCTIONS, chinaDate(deps.clock.now())))
    return '_schema'
  }
  if (name === 'dev/accounts' && req.method === 'GET') {
    sendJson(res, 200, { accounts: listDemoAccounts() })
    return 'dev/accounts'
  }
  if (req.method !== 'POST') throw new AppError('BAD_REQUEST', '接口只接受POST请求')
  if (name === '_upload') return handleUpload(opts, req, res, url)
  const body = await readJson(req)
  if (name === 'dev/sign-in') {
    const account = typeof body === 'object' && body !== null ? (body as { account?: unknown }).account : undefined
    sendJson(res, 200, signIn(deps, account, opts.tokenHours))
    return 'dev/sign-in'
  }
  if (name === 'dev/clock') {
    const now = deps.clock.move(body)
    await opts.afterClockMove?.()
    sendJson(res, 200, { now: now.toISOString() })
    return 'dev/clock'
  }
  const actions = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
  if (!actions) throw new AppError('NOT_FOUND', `没有名为${name}的云函数`)
  const identity = identityFromHeader(deps, req.headers.authorization)
  const envelope = await dispatch(name, actions, body, identity, deps, opts.log)
  const action =
    typeof body === 'object' && body !== null && typeof (body as { action?: unknown }).action === 'string' ? (body as { action: string }).action : ''
  if (envelope.ok) sendJson(res, 200, envelope.data)
  else sendError(res, envelope.error)
  return `${name}.${action}${envelope.ok ? '' : ` ${envelope.error.code}`}`
}

/** An image as the raw body; the same acceptance as the cloud's `uploads.register`. */
async function handleUpload(opts: HostOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<string> {
  const { deps } = opts
  const query = url.searchParams
  try {
    const meta = parseUploadMeta({ uploadId: query.get('uploadId') ?? undefined, purpose: query.get('purpose') ?? undefined })
    const caller = await resolveCaller(deps, identityFromHeader(deps, req.headers.authorization))
    if (!caller) throw new AppError('UNAUTHENTICATED', '请先登录')
    const bytes = await readBytes(req, MAX_UPLOAD_BYTES, `图片过大（上限${MAX_UPLOAD_BYTES / 1024 / 1024}MB），请压缩后重新上传`)
    sendJson(res, 200, await acceptUpload(deps, caller, { ...meta, bytes }))
    return '_upload'
  } finally {
    // Refused before the body was read: discard it so the connection stays usable.
    if (!req.readableEnded) req.resume()
  }
}

const FILE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

async function handleFile(opts: HostOptions, url: URL, pathname: string, res: ServerResponse): Promise<void> {
  const path = pathname.slice('/files/'.length)
  const ok = opts.deps.files.verifyLink(path, Number(url.searchParams.get('exp')), url.searchParams.get('sig') ?? '')
  const bytes = ok ? await opts.deps.files.read(path) : null
  if (!bytes) return sendError(res, { code: 'NOT_FOUND', message: '文件链接已失效，请刷新后重试' })
  res.writeHead(200, {
    'content-type': FILE_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
    'cache-control': 'private, no-store',
    'content-length': bytes.length,
  })
  res.end(bytes)
}

async function route(opts: HostOptions, req: IncomingMessage, res: ServerResponse): Promise<string> {
  // Read and decoded once, here: a malformed URL is the client's mistake (400), not an exception deeper down.
  const parsed = parseRequestUrl(req.url ?? '/')
  if (!parsed) throw new AppError('BAD_REQUEST', '请求地址不正确')
  const { url, path: pathname } = parsed
  if (url.pathname === '/healthz') {
    sendJson(res, 200, { ok: true, mode: 'local', time: opts.deps.clock.now().toISOString() })
    return 'healthz'
  }
  if (url.pathname.startsWith('/api/')) return handleApi(opts, req, res, url)
  if (url.pathname.startsWith('/files/')) return handleFile(opts, url, pathname, res).then(() => 'file')
  if (req.method === 'GET' && (await serveStatic(opts.h5Dir, pathname, res))) return 'static'
  sendError(res, { code: 'NOT_FOUND', message: '页面不存在' })
  return 'not-found'
}

export function createHost(opts: HostOptions): Server {
  const timeouts = opts.timeouts ?? DEFAULT_TIMEOUTS
  const server = createServer(serverOptions(timeouts), (req, res) => {
    const started = process.hrtime.bigint()
    guardRequest(req, res, timeouts)
    void route(opts, req, res)
      .catch((error: unknown) => {
        if (error instanceof AppError) sendError(res, error.toBody())
        else if (error instanceof BodyError) sendError(res, error.body)
        else {
          opts.log.error('request failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
          if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: '服务暂时出错，请稍后重试' })
        }
        return 'error'
      })
      .then((what) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        // Method, path without query, status and timing only: never bodies, tokens or personal data.
        opts.log.info(`${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode} ${ms.toFixed(1)}ms ${what}`)
      })
  })
  applyTimeouts(server, timeouts)
  return server
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })
}
