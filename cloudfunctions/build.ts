/**
 * Bundles each CloudBase function (`npm run build:functions`):
 *   cloudfunctions/functions/<name>/index.ts → dist/cloudfunctions/<name>/index.js
 * with its config.json and a package.json naming the two SDKs it leaves
 * external (installed by CloudBase, at the versions this repo was tested with).
 * Fails when a function folder and features/registry.ts disagree, or when a
 * bundle carries local-only code (demo sign-in, demo data, SQLite).
 */
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FUNCTIONS } from './features/registry'

const ROOT = path.resolve(__dirname, '..')
const SOURCE = path.join(ROOT, 'cloudfunctions/functions')
const OUT = path.join(ROOT, 'dist/cloudfunctions')
const EXTERNAL = ['wx-server-sdk', '@cloudbase/node-sdk', '@cloudbase/manager-node', 'sharp', 'heic-decode']
/** Installed beside an external without being required by name: sharp falls back to its WebAssembly build when libvips does not load. */
const COMPANIONS: Record<string, string[]> = { sharp: ['@img/sharp-wasm32'] }
/** Node 20.19 is the runtime named in every config.json (CloudBase offers it; sharp and docx need Node 20). */
const TARGET = 'node20'
const LOCAL_ONLY = ['dev/sign-in', 'dev/clock', 'demo-data', 'better-sqlite3']

function functionNames(): string[] {
  const folders = readdirSync(SOURCE).filter((name) => statSync(path.join(SOURCE, name)).isDirectory())
  const registered = Object.keys(FUNCTIONS)
  const missing = registered.filter((name) => !folders.includes(name))
  const extra = folders.filter((name) => !registered.includes(name))
  if (missing.length || extra.length) {
    throw new Error(`functions and registry disagree: no folder for [${missing.join(', ')}], not registered [${extra.join(', ')}]`)
  }
  for (const name of folders) {
    for (const file of ['index.ts', 'config.json']) {
      if (!existsSync(path.join(SOURCE, name, file))) throw new Error(`cloudfunctions/functions/${name}/${file} is missing`)
    }
  }
  return folders.sort()
}

function dependencies(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
  const versions = { ...pkg.dependencies, ...pkg.devDependencies }
  return Object.fromEntries(
    [...EXTERNAL, ...Object.values(COMPANIONS).flat()].map((name) => {
      const version = versions[name]
      if (!version) throw new Error(`${name} is not in package.json`)
      return [name, version]
    }),
  )
}

async function bundle(name: string, deps: Record<string, string>): Promise<number> {
  const dir = path.join(OUT, name)
  mkdirSync(dir, { recursive: true })
  const outfile = path.join(dir, 'index.js')
  await build({
    entryPoints: [path.join(SOURCE, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    external: EXTERNAL,
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
  })
  const code = readFileSync(outfile, 'utf8')
  const leaked = LOCAL_ONLY.filter((marker) => code.includes(marker))
  if (leaked.length) throw new Error(`${name}/index.js contains local-only code: ${leaked.join(', ')}`)
  // Each function installs only the externals its bundle actually loads (sharp only where images are processed).
  const required = EXTERNAL.filter((dep) => code.includes(`require("${dep}")`))
  const used = Object.fromEntries([...required, ...required.flatMap((dep) => COMPANIONS[dep] ?? [])].map((dep) => [dep, deps[dep]]))
  const pkg = { name: `bangfu-${name}`, version: '1.0.0', private: true, main: 'index.js', dependencies: used }
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  copyFileSync(path.join(SOURCE, name, 'config.json'), path.join(dir, 'config.json'))
  return Buffer.byteLength(code)
}

async function main(): Promise<void> {
  const started = Date.now()
  const names = functionNames()
  const deps = dependencies()
  rmSync(OUT, { recursive: true, force: true })
  const sizes = await Promise.all(names.map((name) => bundle(name, deps)))
  names.forEach((name, i) => console.log(`  ${name.padEnd(12)} ${((sizes[i] ?? 0) / 1024).toFixed(1).padStart(7)} KB`))
  console.log(`built ${names.length} functions into dist/cloudfunctions in ${Date.now() - started} ms`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
