/**
 * `npm run deploy:check -- --env <id>`: the smoke check right after a
 * deployment. Calls every function's `health` action with the environment's
 * own credentials and reports, per function, the Node runtime, whether sharp
 * loaded (uploads), and which configuration variables are set — names only,
 * the functions never send values. A function that is missing, crashes, runs
 * another Node major, lacks a key, or cannot load sharp fails the check.
 */
import type { HealthReport } from '../core/health'
import type { FunctionSpec } from './deploy-plan'
import type { DeployManager } from './manager.port'

export type FunctionCheck = { name: string; ok: boolean; lines: string[] }

function nodeMajor(runtime: string): string {
  return /^Nodejs(\d+)/i.exec(runtime)?.[1] ?? '?'
}

function sharpLine(report: HealthReport): { text: string; ok: boolean } {
  if (report.sharp === 'notUsed') return { text: '图片组件：不使用', ok: true }
  if (report.sharp.loaded)
    return { text: `图片组件：sharp ${report.sharp.version}（${report.sharp.build === 'native' ? '原生' : 'WebAssembly 备用版，较慢'}）`, ok: true }
  return { text: `图片组件：未能加载（${report.sharp.error}）`, ok: false }
}

/** Judges one function's health answer against its expected runtime. */
export function judge(spec: FunctionSpec, answer: unknown): FunctionCheck {
  const envelope = answer as { ok?: boolean; data?: HealthReport; error?: { message?: string } } | null
  if (!envelope?.ok || !envelope.data) {
    return { name: spec.name, ok: false, lines: [`没有正常回答：${envelope?.error?.message ?? JSON.stringify(answer)}`] }
  }
  const report = envelope.data
  const runtimeOk = report.runtime.node.replace(/^v/, '').split('.')[0] === nodeMajor(spec.runtime)
  const sharp = sharpLine(report)
  const { config } = report
  const lines = [
    `运行时：Node ${report.runtime.node}（${report.runtime.platform}/${report.runtime.arch}${report.runtime.glibc ? `，glibc ${report.runtime.glibc}` : ''}）${runtimeOk ? '' : `，应为 ${spec.runtime}`}`,
    sharp.text,
    `已设置：${config.present.join('、') || '无'}`,
    ...(config.missing.length ? [`缺少：${config.missing.join('、')}`] : []),
    ...(config.problem ? [`配置问题：${config.problem}`] : []),
  ]
  return { name: spec.name, ok: runtimeOk && sharp.ok && config.complete, lines }
}

export async function deployCheck(manager: DeployManager, functions: FunctionSpec[], log: (line: string) => void): Promise<FunctionCheck[]> {
  const checks: FunctionCheck[] = []
  for (const spec of functions) {
    const check = await manager.invoke(spec.name, { action: 'health' }).then(
      (answer) => judge(spec, answer),
      (error: unknown) => ({ name: spec.name, ok: false, lines: [`调用失败：${error instanceof Error ? error.message : String(error)}`] }),
    )
    log(`${check.ok ? '✓' : '✗'} ${spec.name}`)
    for (const line of check.lines) log(`    ${line}`)
    checks.push(check)
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name)
  log(failed.length ? `未通过：${failed.join('、')}` : `全部 ${checks.length} 个云函数正常`)
  return checks
}
