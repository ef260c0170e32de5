/** The ports a use case may touch, chosen once per runtime (local or cloud). */
import type { Clock } from './ports/clock.port'
import type { Files } from './ports/files.port'
import type { Ids } from './ports/ids.port'
import type { Keys } from './ports/keys.port'
import type { Notifier } from './ports/notifier.port'
import type { Store } from './ports/store.port'

export type Deps = {
  store: Store
  files: Files
  notifier: Notifier
  clock: Clock
  ids: Ids
  keys: Keys
}
