/** Wires the local adapters: SQLite file, files on disk, a log-file channel, generated keys. */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Clock } from '../core/ports/clock.port'
import type { Deps } from '../core/deps'
import { randomIds } from '../adapters/common/random-ids'
import { systemClock } from '../adapters/common/system-clock'
import { LocalFiles } from '../adapters/local/files.local'
import { loadOrCreateKeys } from '../adapters/local/keys.local'
import { LogFileNotifier } from '../adapters/local/notifier.local'
import { SqliteStore } from '../adapters/sqlite/store.sqlite'
import { backfillUnionIds } from './backfill-union-ids'
import { DevClock } from './dev-clock'

/** The clock is a DevClock on top of `clock`, so `POST /api/dev/clock` can move it. */
export type LocalDeps = Deps & { files: LocalFiles; store: SqliteStore; clock: DevClock }

export function makeLocalDeps(dataDir: string, baseClock: Clock = systemClock): LocalDeps {
  const clock = new DevClock(baseClock)
  mkdirSync(path.join(dataDir, 'files'), { recursive: true, mode: 0o700 })
  const keys = loadOrCreateKeys(path.join(dataDir, 'keys.json'))
  const store = new SqliteStore(path.join(dataDir, 'bangfu.sqlite'))
  backfillUnionIds(store.database)
  return {
    store,
    files: new LocalFiles(path.join(dataDir, 'files'), keys, clock),
    notifier: new LogFileNotifier(path.join(dataDir, 'outbox.log')),
    clock,
    ids: randomIds,
    keys,
  }
}
