/**
 * `npm start`: build what is needed, open DATA_DIR, load demo data on first
 * start, serve on 127.0.0.1:$PORT, print the URL and the demo accounts.
 */
import { ROLE_LABELS } from '../../src/domain/account/roles'
import { loadDemoData } from './demo-data'
import { loadDemoHouseholds } from './demo-households'
import { listDemoAccounts } from './dev-auth'
import { localSweeps } from './sweeps'
import { ensureH5Build } from './h5-build'
import { makeLocalDeps } from './local-deps'
import { readSettings } from './settings'
import { createHost, listen } from './server'

const log = {
  info: (line: string) => console.log(`${new Date().toISOString()} ${line}`),
  error: (message: string, detail?: Record<string, unknown>) => console.error(`${new Date().toISOString()} ERROR ${message}`, detail ?? ''),
}

async function main(): Promise<void> {
  const settings = readSettings()
  if (process.env.SKIP_H5_BUILD !== '1') ensureH5Build(settings.h5Dir, log.info)
  const deps = makeLocalDeps(settings.dataDir)
  if (await loadDemoData(deps, log)) {
    log.info(`已载入演示数据：${settings.dataDir}`)
    if (settings.demoHouseholds && (await loadDemoHouseholds(deps, log))) log.info('已载入演示建档户：张秀英家，帮扶责任人林国栋')
  }
  const sweeps = localSweeps(deps, log)
  const server = createHost({ deps, h5Dir: settings.h5Dir, tokenHours: settings.tokenHours, log, afterClockMove: sweeps.runAll })
  const port = await listen(server, settings.port, settings.host)
  const url = `http://${settings.host}:${port}/`

  console.log(`\n困难职工帮扶 本地版已启动：${url}\n数据目录：${settings.dataDir}\n演示账号（在登录页点选即可）：`)
  for (const a of listDemoAccounts()) console.log(`  ${a.account.padEnd(15)} ${a.name}  ${a.roles.map((r) => ROLE_LABELS[r]).join('、')}  ${a.unionName}`)
  console.log(`\nLISTENING ${url}\n`)

  sweeps.start()

  const stop = () => {
    server.close()
    void deps.store.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
