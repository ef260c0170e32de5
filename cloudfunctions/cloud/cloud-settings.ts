/**
 * The cloud functions' configuration, read from the environment in this one
 * place. A missing or malformed value is a ConfigError naming the variable,
 * so whoever deploys sees what to set instead of a stack trace.
 */
import { NOTICE_KINDS } from '../../src/domain/notice/notice'
import type { ConfigFacts } from '../core/health'
import type { KeyMaterial } from '../adapters/common/crypto-keys'
import { parseTemplate, type MiniprogramState, type Template } from '../adapters/cloudbase/notifier.wechat'

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

export type CloudSettings = {
  envId: string
  keys: KeyMaterial
  /** Notice kind → subscribe-message template; a kind without one is not pushed. */
  templates: Record<string, Template>
  miniprogramState: MiniprogramState
}

type Env = Record<string, string | undefined>

const KEY_VARS: Record<keyof KeyMaterial, string> = { dataKey: 'BANGFU_DATA_KEY', hashKey: 'BANGFU_HASH_KEY', tokenKey: 'BANGFU_TOKEN_KEY' }

/** employeeBound → BANGFU_TEMPLATE_EMPLOYEE_BOUND */
export function templateVar(kind: string): string {
  return `BANGFU_TEMPLATE_${kind.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
}

/** 32 random bytes as base64 (`openssl rand -base64 32`) or, where a console refuses `+/=`, as hex (`openssl rand -hex 32`). */
function keyFrom(env: Env, name: string): Buffer {
  const text = (env[name] ?? '').trim()
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0)
  if (bytes.length !== 32) throw new ConfigError(`环境变量 ${name} 缺失或格式不对：应为32字节随机密钥（openssl rand -base64 32 或 openssl rand -hex 32 生成）`)
  return bytes
}

function templatesFrom(env: Env): Record<string, Template> {
  const templates: Record<string, Template> = {}
  for (const kind of Object.keys(NOTICE_KINDS)) {
    const name = templateVar(kind)
    const spec = env[name]?.trim()
    if (!spec) continue
    try {
      templates[kind] = parseTemplate(spec)
    } catch (error) {
      throw new ConfigError(`环境变量 ${name} 格式不对：应为“模板ID”或“模板ID:thing1=title,time2=time,thing3=hint”（${String(error)}）`)
    }
  }
  return templates
}

export function readCloudSettings(env: Env = process.env): CloudSettings {
  const envId = env.BANGFU_ENV_ID || env.TCB_ENV || env.SCF_NAMESPACE
  if (!envId) throw new ConfigError('缺少云开发环境ID：请设置环境变量 BANGFU_ENV_ID（在云函数中运行时由 TCB_ENV 自动提供）')
  // The SDK reads these temporary credentials itself; without them its first request dies as an unhandled rejection.
  if (!(env.TENCENTCLOUD_SECRETID && env.TENCENTCLOUD_SECRETKEY) && !env.CLOUDBASE_APIKEY) {
    throw new ConfigError('缺少云开发访问凭证（TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY）：请在云开发云函数中运行')
  }
  const state = env.BANGFU_MINIPROGRAM_STATE || 'formal'
  if (state !== 'formal' && state !== 'trial' && state !== 'developer')
    throw new ConfigError('环境变量 BANGFU_MINIPROGRAM_STATE 只能是 formal、trial 或 developer')
  return {
    envId,
    keys: { dataKey: keyFrom(env, KEY_VARS.dataKey), hashKey: keyFrom(env, KEY_VARS.hashKey), tokenKey: keyFrom(env, KEY_VARS.tokenKey) },
    templates: templatesFrom(env),
    miniprogramState: state,
  }
}

const OPTIONAL_VARS = ['BANGFU_ENV_ID', 'BANGFU_MINIPROGRAM_STATE', ...Object.keys(NOTICE_KINDS).map(templateVar)]

/** For the health check: which variables are set (names only), which required ones are not, and whether they parse. */
export function configFacts(env: Env = process.env): ConfigFacts {
  const required = Object.values(KEY_VARS)
  const isSet = (name: string) => (env[name] ?? '').trim() !== ''
  const present = [...required, ...OPTIONAL_VARS].filter(isSet)
  const missing = required.filter((name) => !isSet(name))
  try {
    readCloudSettings(env)
    return { present, missing, complete: true }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return { present, missing, complete: false, problem: error.message }
  }
}
