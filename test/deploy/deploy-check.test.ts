/**
 * deploy:check against a local stand-in whose "deployed" functions are the
 * built bundles (npm run build:functions), invoked the way the management
 * API does (no OPENID): right after deploy:setup each function answers but
 * lacks its keys; once an administrator set them, every function passes,
 * uploads shows the sharp it loaded, and no value ever reaches the output.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { runCli } from '../../cloudfunctions/deploy/deploy-cli'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { RecordingManager } from './support/recording-manager'

const ROOT = path.resolve(__dirname, '../..')
const names = Object.keys(FUNCTIONS).sort()
const KEYS = {
  BANGFU_DATA_KEY: Buffer.alloc(32, 11).toString('base64'),
  BANGFU_HASH_KEY: Buffer.alloc(32, 12).toString('hex'),
  BANGFU_TOKEN_KEY: Buffer.alloc(32, 13).toString('base64'),
}

beforeAll(async () => {
  if (!names.every((name) => existsSync(path.join(ROOT, 'dist/cloudfunctions', name, 'index.js')))) {
    await promisify(execFile)('npx', ['tsx', 'cloudfunctions/build.ts'], { cwd: ROOT })
  }
}, 60_000)

async function check(env: RecordingManager) {
  const lines: string[] = []
  const code = await runCli({ command: 'check', envId: 'bangfu-test-1a2b3c', dryRun: false }, env, (line) => lines.push(line))
  return { code, lines, text: lines.join('\n') }
}

describe('deploy:check', () => {
  it('reports a function that is not deployed', async () => {
    const { code, text } = await check(new RecordingManager())
    expect(code).toBe(1)
    expect(text).toContain('✗ account')
    expect(text).toContain('调用失败：[ResourceNotFound.Function]')
  })

  it('after setup, names the missing keys per function; once set, passes and shows runtime and sharp, never a value', async () => {
    const env = new RecordingManager()
    await runCli({ command: 'setup', envId: 'bangfu-test-1a2b3c', dryRun: false }, env, () => undefined)

    const before = await check(env)
    expect(before.code).toBe(1)
    for (const name of names) expect(before.text).toContain(`✗ ${name}`)
    expect(before.text).toContain('缺少：BANGFU_DATA_KEY、BANGFU_HASH_KEY、BANGFU_TOKEN_KEY')

    for (const name of names) env.setVariables(name, { ...KEYS, BANGFU_TEMPLATE_VISIT_DUE: 'TemplateIdVisitDue01' })
    const after = await check(env)
    expect(after.lines.filter((l) => /^[✓✗]/.test(l))).toEqual(names.map((name) => `✓ ${name}`))
    expect(after.code).toBe(0)
    expect(after.text).toContain(`运行时：Node ${process.version}`)
    expect(after.text).toMatch(/✓ uploads\n.*\n {4}图片组件：sharp \d+\.\d+\.\d+（原生）/)
    expect(after.text).toContain('已设置：BANGFU_DATA_KEY、BANGFU_HASH_KEY、BANGFU_TOKEN_KEY、BANGFU_TEMPLATE_VISIT_DUE')
    expect(after.text).toContain(`全部 ${names.length} 个云函数正常`)
    for (const value of [...Object.values(KEYS), 'TemplateIdVisitDue01', 'runtime-key']) expect(after.text).not.toContain(value)
  }, 300_000)
})
