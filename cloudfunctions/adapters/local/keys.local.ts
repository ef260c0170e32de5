/** Local key material: generated once into DATA_DIR/keys.json (mode 600) and reused. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { CryptoKeys, generateKeyMaterial, type KeyMaterial } from '../common/crypto-keys'

type KeyFile = Record<keyof KeyMaterial, string>

export function loadOrCreateKeys(file: string): CryptoKeys {
  if (!existsSync(file)) {
    const fresh = generateKeyMaterial()
    const out: KeyFile = { dataKey: fresh.dataKey.toString('base64'), hashKey: fresh.hashKey.toString('base64'), tokenKey: fresh.tokenKey.toString('base64') }
    writeFileSync(file, JSON.stringify(out, null, 2), { mode: 0o600, flag: 'wx' })
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as KeyFile
  return new CryptoKeys({
    dataKey: Buffer.from(raw.dataKey, 'base64'),
    hashKey: Buffer.from(raw.hashKey, 'base64'),
    tokenKey: Buffer.from(raw.tokenKey, 'base64'),
  })
}
