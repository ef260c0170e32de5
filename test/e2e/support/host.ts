/**
 * The local host (`npm start`) as a real child process, for end-to-end tests.
 *
 *   const host = await LocalHost.start()          // fresh DATA_DIR, free port
 *   await page.goto(host.url)
 *   host.log                                       // everything it printed so far
 *   await host.restart()                           // same DATA_DIR, same port
 *   await host.dispose()                           // stop, delete DATA_DIR
 *
 * It runs exactly what a user runs (`tsx cloudfunctions/local-host/start.ts`)
 * with SKIP_H5_BUILD=1: the H5 build must already be in dist/h5 (`npm test`
 * builds it before jest; alone, run `npm run build:h5`). Set E2E_KEEP=1 to
 * keep the temporary DATA_DIR for a look after the run.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { h5IsStale } from '../../../cloudfunctions/local-host/h5-build'

export const REPO_ROOT = path.resolve(__dirname, '../../..')
const H5_INDEX = path.join(REPO_ROOT, 'dist/h5/index.html')
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx')
const LISTENING = /^LISTENING (http:\/\/127\.0\.0\.1:(\d+)\/)\s*$/m

export type HostOptions = {
  /** Reuse a folder (e.g. one left by an earlier host); default: a fresh temporary one, deleted by dispose(). */
  dataDir?: string
  /** Default 0: the host picks a free port. restart() keeps the port it got. */
  port?: number
  /** Extra environment for the host process. */
  env?: Record<string, string>
  /** How long to wait for the LISTENING line. */
  startTimeoutMs?: number
}

export type ApiAnswer<T = unknown> = { status: number; body: T }

/** A fresh temporary folder; removed by the caller (see removeTempDir). */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `bangfu-${prefix}-`))
}

export function removeTempDir(dir: string): void {
  if (process.env.E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true })
}

export class LocalHost {
  readonly dataDir: string
  private readonly ownsDataDir: boolean
  private child: ChildProcess | null = null
  private exited: Promise<number | null> = Promise.resolve(null)
  private output = ''
  private port: number
  private startCount = 0

  private constructor(private readonly options: HostOptions) {
    this.ownsDataDir = !options.dataDir
    this.dataDir = options.dataDir ?? makeTempDir('data')
    this.port = options.port ?? 0
  }

  /** Starts a host and resolves once it prints its LISTENING line. */
  static async start(options: HostOptions = {}): Promise<LocalHost> {
    const host = new LocalHost(options)
    try {
      await host.spawn()
    } catch (error) {
      await host.dispose()
      throw error
    }
    return host
  }

  /** `http://127.0.0.1:<port>/` of the running host. */
  get url(): string {
    if (!this.child) throw new Error('The local host is not running')
    return `http://127.0.0.1:${this.port}/`
  }

  /** Everything the host printed on stdout and stderr, across restarts: the server log. */
  get log(): string {
    return this.output
  }

  get running(): boolean {
    return this.child !== null
  }

  /** SIGTERM, then waits for the process to exit (SIGKILL to its group after timeoutMs). Returns the exit code. */
  async stop(timeoutMs = 10_000): Promise<number | null> {
    const child = this.child
    if (!child) return null
    child.kill('SIGTERM')
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
    const result = await Promise.race([this.exited, timedOut])
    clearTimeout(timer)
    if (result === 'timeout') {
      // tsx runs the server in a grandchild; the group holds both (they were started detached).
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      await this.exited
      throw new Error(`The local host did not stop within ${timeoutMs} ms of SIGTERM; killed it.\n${this.tail()}`)
    }
    return result
  }

  /** Stops and starts again on the same DATA_DIR and port (open pages keep working after a reload). */
  async restart(): Promise<void> {
    await this.stop()
    await this.spawn()
  }

  /** Stops the host and deletes the DATA_DIR it created (kept when E2E_KEEP=1). */
  async dispose(): Promise<void> {
    try {
      await this.stop()
    } finally {
      if (this.ownsDataDir) removeTempDir(this.dataDir)
    }
  }

  /** The demo accounts the sign-in page lists. */
  async demoAccounts(): Promise<DemoAccount[]> {
    const res = await fetch(new URL('api/dev/accounts', this.url))
    if (!res.ok) throw new Error(`GET /api/dev/accounts answered ${res.status}`)
    return ((await res.json()) as { accounts: DemoAccount[] }).accounts
  }

  /** A bearer token for a demo account, as the sign-in page gets it. */
  async signIn(account: string): Promise<string> {
    const { status, body } = await this.post<{ token?: string }>('api/dev/sign-in', { account })
    if (status !== 200 || !body.token) throw new Error(`Sign-in as ${account} answered ${status}: ${JSON.stringify(body)}`)
    return body.token
  }

  /** Moves the host's dev clock (`POST /api/dev/clock`); returns the host's new time. */
  async moveClock(body: { advanceDays: number } | { now: string }): Promise<string> {
    const { status, body: answer } = await this.post<{ now?: string }>('api/dev/clock', body)
    if (status !== 200 || !answer.now) throw new Error(`POST /api/dev/clock answered ${status}: ${JSON.stringify(answer)}`)
    return answer.now
  }

  /** Calls `POST /api/<fn>` like the app does; a write needs a requestId. */
  async call<T = unknown>(fn: string, action: string, options: { token?: string; data?: unknown; requestId?: string } = {}): Promise<ApiAnswer<T>> {
    return this.post<T>(`api/${fn}`, { action, data: options.data, requestId: options.requestId }, options.token)
  }

  private async post<T>(route: string, body: unknown, token?: string): Promise<ApiAnswer<T>> {
    const res = await fetch(new URL(route, this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as T }
  }

  private tail(lines = 30): string {
    return `--- last lines of the host's output ---\n${this.output.split('\n').slice(-lines).join('\n')}`
  }

  private spawn(): Promise<void> {
    if (this.child) throw new Error('The local host is already running')
    if (!existsSync(H5_INDEX)) {
      throw new Error(`${H5_INDEX} is missing: build the browser app first (\`npm run build:h5\`; \`npm test\` builds it before jest).`)
    }
    if (this.startCount === 0 && h5IsStale(path.dirname(H5_INDEX))) {
      // Straight to stderr: one line, without jest's console stack.
      process.stderr.write('note: dist/h5 looks older than src/ (by file times); the browser tests use the last build. `npm run build:h5` refreshes it.\n')
    }
    this.startCount += 1
    this.output += `${this.startCount > 1 ? '\n' : ''}=== e2e: host start #${this.startCount} (DATA_DIR ${this.dataDir}) ===\n`
    const timeoutMs = this.options.startTimeoutMs ?? 30_000

    const child = spawn(TSX, ['cloudfunctions/local-host/start.ts'], {
      cwd: REPO_ROOT,
      // No demo households unless a test asks (DEMO_HOUSEHOLDS=1): most tests count applications from none.
      env: { ...process.env, DEMO_HOUSEHOLDS: '0', ...this.options.env, PORT: String(this.port), DATA_DIR: this.dataDir, SKIP_H5_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a hung host can be killed with its tsx grandchild.
      detached: true,
    })
    this.child = child
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.output += `=== e2e: host exited (code ${code ?? '-'}, signal ${signal ?? '-'}) ===\n`
        this.child = null
        resolve(code)
      })
    })

    return new Promise<void>((resolve, reject) => {
      let settled = false
      const settle = (error?: Error) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        if (error) reject(error)
        else resolve()
      }
      const timer = setTimeout(() => {
        settle(new Error(`The local host printed no LISTENING line within ${timeoutMs} ms.\n${this.tail()}`))
        void this.stop().catch(() => undefined)
      }, timeoutMs)
      const onData = (text: string) => {
        this.output += text
        const match = LISTENING.exec(this.output.slice(this.output.lastIndexOf('=== e2e: host start')))
        if (match?.[2]) {
          this.port = Number(match[2])
          settle()
        }
      }
      // Decoded by the streams, so a character split across chunks stays whole.
      child.stdout?.setEncoding('utf8').on('data', onData)
      child.stderr?.setEncoding('utf8').on('data', onData)
      child.once('error', (error) => {
        this.child = null
        settle(new Error(`Could not start ${TSX}: ${error.message}`))
      })
      void this.exited.then((code) => settle(new Error(`The local host exited (code ${code}) before listening.\n${this.tail()}`)))
    })
  }
}

export type DemoAccount = {
  account: string
  name: string
  roles: string[]
  unionName: string
  demoIdNumber?: string
  demoMobile?: string
}
