/**
 * `npm run deploy:setup -- --env <id> [--dry-run]` and
 * `npm run deploy:check -- --env <id>`. The credentials are a Tencent Cloud
 * API key of the account that owns the environment, from the environment
 * variables TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY (never a flag, so
 * they stay out of the shell history). Exit code 1 when something needs a hand.
 */
import { deployCheck } from './deploy-check'
import { deployPlan } from './deploy-plan'
import { deploySetup } from './deploy-setup'
import { cloudbaseManager } from './manager.cloudbase'
import type { DeployManager } from './manager.port'

export type CliArgs = { command: 'setup' | 'check'; envId: string; dryRun: boolean }

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv
  if (command !== 'setup' && command !== 'check') throw new Error('用法：deploy-cli.ts setup|check --env <环境ID> [--dry-run]')
  const at = rest.indexOf('--env')
  const envId = at >= 0 ? rest[at + 1] : undefined
  if (!envId || envId.startsWith('--')) throw new Error('请用 --env <环境ID> 指定云开发环境，例如 npm run deploy:setup -- --env bangfu-prod-1a2b3c')
  return { command, envId, dryRun: rest.includes('--dry-run') }
}

/** Runs a command on a manager; answers the exit code. */
export async function runCli(args: CliArgs, manager: DeployManager, log: (line: string) => void): Promise<number> {
  const plan = deployPlan()
  if (args.command === 'check') {
    log(`检查环境 ${args.envId} 的云函数：`)
    const checks = await deployCheck(manager, plan.functions, log)
    return checks.every((c) => c.ok) ? 0 : 1
  }
  log(`${args.dryRun ? '（演练，不做任何修改）' : ''}配置环境 ${args.envId}：`)
  const steps = await deploySetup(manager, plan, { dryRun: args.dryRun, log })
  const problems = steps.filter((s) => s.done === 'problem').length
  log(problems ? `有 ${problems} 处需要手动处理（见上）` : args.dryRun ? '演练完成：去掉 --dry-run 即按上面执行' : '完成')
  return problems ? 1 : 0
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const secretId = process.env.TENCENTCLOUD_SECRETID
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY
  if (!secretId || !secretKey) throw new Error('请先设置环境变量 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（腾讯云控制台 → 访问管理 → API密钥）')
  const manager = cloudbaseManager({ envId: args.envId, secretId, secretKey, token: process.env.TENCENTCLOUD_SESSIONTOKEN })
  process.exitCode = await runCli(args, manager, (line) => console.log(line))
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
