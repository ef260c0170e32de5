/**
 * Slow and idle clients. Node's own limits are too loose for a host anyone on
 * the machine can reach (headers 60 s, a whole request 300 s, a socket that
 * says nothing: never). A slow or idle connection is closed within 30 s, while
 * a real 15 MB photo on a slow link (15 MB at 32 KB/s is 8 minutes) still arrives:
 * a request body is not timed as a whole but must keep moving at a minimum rate.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

export type HostTimeouts = {
  /** From connection (or the previous response) to the end of the request headers. */
  headersMs: number
  /** A whole request, headers and body: generous, the rate below catches the slow ones. */
  requestMs: number
  /** An open keep-alive connection with no request. */
  keepAliveMs: number
  /** A socket with no traffic at all. */
  idleMs: number
  /** A request body must bring at least this many bytes in each window, or the connection is closed. */
  bodyMinBytesPerWindow: number
  bodyWindowMs: number
  /** How often Node checks the headers and request limits. */
  checkEveryMs: number
}

export const DEFAULT_TIMEOUTS: HostTimeouts = {
  headersMs: 20_000,
  requestMs: 10 * 60_000,
  keepAliveMs: 5_000,
  idleMs: 25_000,
  // 8 KB in 10 s (0.8 KB/s): a byte a second is cut after 10 s; a phone on a weak 2G link still gets through.
  bodyMinBytesPerWindow: 8 * 1024,
  bodyWindowMs: 10_000,
  checkEveryMs: 5_000,
}

/** Server options that must be given at creation (the checking interval cannot change later). */
export const serverOptions = (t: HostTimeouts) => ({
  headersTimeout: t.headersMs,
  requestTimeout: t.requestMs,
  keepAliveTimeout: t.keepAliveMs,
  connectionsCheckingInterval: t.checkEveryMs,
})

export function applyTimeouts(server: Server, t: HostTimeouts): void {
  // With no 'timeout' listener, Node destroys the idle socket itself.
  server.setTimeout(t.idleMs)
}

/**
 * While a request is in hand: a client gone silent mid-body is closed by the idle limit, but a server still working
 * on a complete request (decoding a large photo) is not cut off by it.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse, t: HostTimeouts): void {
  res.on('timeout', (socket: Socket) => {
    if (!req.complete) socket.destroy()
  })
  if (!req.complete) watchBodyRate(req, t)
}

/** Closes the connection when the request's body stops moving at the minimum rate. */
function watchBodyRate(req: IncomingMessage, t: HostTimeouts): void {
  const socket = req.socket
  let seen = socket.bytesRead
  const timer = setInterval(() => {
    if (req.complete) return clearInterval(timer)
    const now = socket.bytesRead
    if (now - seen < t.bodyMinBytesPerWindow) {
      clearInterval(timer)
      socket.destroy()
      return
    }
    seen = now
  }, t.bodyWindowMs)
  timer.unref()
  req.once('end', () => clearInterval(timer))
  socket.once('close', () => clearInterval(timer))
}
