/**
 * The same Store contract the SQLite adapter passes, run against the CloudBase
 * adapter talking HTTP to an in-memory stand-in of the database service.
 * It proves the adapter's query, paging and transaction logic; how faithfully
 * the stand-in mimics the real service is listed in the README (部署到腾讯云开发, section 10).
 */
import { CloudbaseStore } from '../../cloudfunctions/adapters/cloudbase/store.cloudbase'
import { storeContract } from '../server/support/store-contract'
import { FakeCloudbase } from './support/fake-cloudbase'

storeContract('CloudBase (wire-level stand-in)', async () => {
  const fake = await new FakeCloudbase().start()
  return {
    store: new CloudbaseStore(fake.app()),
    reopen: async () => new CloudbaseStore(fake.app()),
    done: () => fake.close(),
  }
})
