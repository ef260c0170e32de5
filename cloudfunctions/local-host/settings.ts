/** The local host's configuration, read from the environment in this one place. */
import path from 'node:path'

/** `demoHouseholds`: a fresh DATA_DIR also gets a filed household with work for a helper (DEMO_HOUSEHOLDS=0 leaves it out). */
export type LocalSettings = { dataDir: string; port: number; host: string; h5Dir: string; tokenHours: number; demoHouseholds: boolean }

export const REPO_ROOT = path.resolve(__dirname, '../..')

export function readSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`)
  return {
    dataDir: path.resolve(env.DATA_DIR || path.join(REPO_ROOT, 'data')),
    port,
    host: '127.0.0.1',
    h5Dir: path.resolve(env.H5_DIR || path.join(REPO_ROOT, 'dist/h5')),
    tokenHours: 12,
    demoHouseholds: env.DEMO_HOUSEHOLDS !== '0',
  }
}
