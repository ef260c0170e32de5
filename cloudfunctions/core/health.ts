/**
 * The `health` action every function answers (the smoke check after a
 * deployment, `npm run deploy:check`). What it reveals is chosen to be safe
 * to show whoever may ask: the Node runtime, whether the image library
 * loaded, and the NAMES of the configuration variables that are set — never
 * a value, never data. It touches no database and needs no key, so it also
 * answers (and says what is missing) when the configuration is incomplete.
 */
import { z } from 'zod'
import { defineAction, type Action, type ActionSet } from './action'

export const HEALTH_ACTION = 'health'

/** How an image library loaded: natively, as its WebAssembly fallback, or not (with the loader's first line). */
export type LibraryStatus = { loaded: true; build: string; version: string } | { loaded: false; error: string }

export type ConfigFacts = {
  /** Names of the bangfu variables that are set (values never leave the function). */
  present: string[]
  /** Required variables that are not set. */
  missing: string[]
  /** Whether the settings parse; the problem names a variable, never its value. */
  complete: boolean
  problem?: string
}

export type HealthReport = {
  function: string
  runtime: { node: string; platform: string; arch: string; glibc: string | null }
  /** `notUsed` for functions that process no images (their bundles do not contain sharp). */
  sharp: LibraryStatus | 'notUsed'
  config: ConfigFacts
}

export type HealthProbe = { config: () => ConfigFacts; sharp?: () => LibraryStatus }

/** The glibc the process runs on: the prebuilt libvips needs >= 2.28, and CloudBase does not publish its image's. */
function glibcVersion(): string | null {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined
  return report?.header?.glibcVersionRuntime ?? null
}

export function healthReport(fn: string, probe: HealthProbe): HealthReport {
  return {
    function: fn,
    runtime: { node: process.version, platform: process.platform, arch: process.arch, glibc: glibcVersion() },
    sharp: probe.sharp ? probe.sharp() : 'notUsed',
    config: probe.config(),
  }
}

/** Admins may ask from the mini-program too; an invocation without an OPENID is answered before dispatch (cloud-main.ts). */
export function healthAction(fn: string, probe: HealthProbe): Action {
  return defineAction({
    summary: '运行状态自检（运行时、图片组件、已设置的配置项名称，不含任何值）',
    kind: 'read',
    allow: ['admin'],
    input: () => z.object({}),
    run: async () => healthReport(fn, probe),
  })
}

export function withHealth(fn: string, actions: ActionSet, probe: HealthProbe): ActionSet {
  return { ...actions, [HEALTH_ACTION]: healthAction(fn, probe) }
}
