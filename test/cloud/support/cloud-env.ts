/**
 * The real handlers on the CloudBase adapters, pointed at the wire-level
 * stand-in: database and storage requests go over HTTP exactly as in the
 * cloud, so tests can count them. Keys, clock and the outside channel are
 * the local ones (they send no request to CloudBase either way).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CloudbaseFiles } from '../../../cloudfunctions/adapters/cloudbase/files.cloudbase'
import { CloudbaseStore } from '../../../cloudfunctions/adapters/cloudbase/store.cloudbase'
import { randomIds } from '../../../cloudfunctions/adapters/common/random-ids'
import { loadOrCreateKeys } from '../../../cloudfunctions/adapters/local/keys.local'
import { LogFileNotifier } from '../../../cloudfunctions/adapters/local/notifier.local'
import type { Deps } from '../../../cloudfunctions/core/deps'
import { loadDemoData } from '../../../cloudfunctions/local-host/demo-data'
import { quietLog, TestClock, type CallEnv } from '../../support/test-deps'
import { FakeCloudbase } from './fake-cloudbase'

export type CloudEnv = CallEnv & { fake: FakeCloudbase; close(): Promise<void> }

/** `keysFile`: share keys with another env, so documents sealed there open here. */
export async function makeCloudEnv(opts: { demo?: boolean; keysFile?: string } = {}): Promise<CloudEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-cloud-'))
  const fake = await new FakeCloudbase().start()
  const app = fake.app()
  const clock = new TestClock()
  const deps: Deps = {
    store: new CloudbaseStore(app),
    files: new CloudbaseFiles(app),
    notifier: new LogFileNotifier(path.join(dir, 'outbox.log')),
    clock,
    ids: randomIds,
    keys: loadOrCreateKeys(opts.keysFile ?? path.join(dir, 'keys.json')),
  }
  const env: CloudEnv = {
    deps,
    clock,
    fake,
    async close() {
      await fake.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  if (opts.demo !== false) await loadDemoData(deps, quietLog)
  return env
}
