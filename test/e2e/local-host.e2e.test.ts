/**
 * The local host as the e2e support runs it: a real process that starts on a
 * fresh DATA_DIR, stops cleanly on SIGTERM, and restarts on the same folder
 * with its data, keys and port intact (later journeys rely on all three).
 */
import type { MeView } from '../../src/domain/account/me'
import { filesContaining } from './support/files'
import { LocalHost } from './support/host'

let host: LocalHost

beforeAll(async () => {
  host = await LocalHost.start()
}, 30_000)

afterAll(() => host?.dispose(), 15_000)

test('a fresh host loads the demo data once, stops cleanly and restarts with its data, keys and port', async () => {
  const health = await fetch(new URL('healthz', host.url))
  expect(health.status).toBe(200)
  expect(await health.json()).toMatchObject({ ok: true, mode: 'local' })

  const employee1 = (await host.demoAccounts()).find((a) => a.account === 'employee1')
  const idNumber = employee1?.demoIdNumber ?? ''
  const masked = `${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`
  const token = await host.signIn('employee1')
  const bound = await host.call('account', 'bindProfile', {
    token,
    data: { name: '王小梅', idNumber, mobile: employee1?.demoMobile, unionId: 'u01' },
    requestId: 'e2e-local-host-bind-1',
  })
  expect(bound.status).toBe(200)
  // The scan the privacy checks rely on does see fresh writes: the masked number is stored as such.
  expect(filesContaining(host.dataDir, masked).length).toBeGreaterThan(0)

  const url = host.url
  expect(await host.stop()).toBe(0)
  expect(host.running).toBe(false)
  await host.restart()
  expect(host.url).toBe(url)
  expect(host.log.match(/已载入演示数据/g)).toHaveLength(1)
  expect(host.log).toContain('=== e2e: host start #2')

  const me = await host.call<MeView>('account', 'me', { token })
  expect(me.status).toBe(200)
  expect(me.body.profile).toMatchObject({ idNumberMasked: masked, union: { id: 'u01' } })
}, 30_000)
