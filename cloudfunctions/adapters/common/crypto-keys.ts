/**
 * Keys from raw key material: AES-256-GCM for sealing, HMAC-SHA256 for lookup
 * hashes and token signatures. Local and cloud differ only in where the
 * material comes from (a file under DATA_DIR, or environment variables).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Keys } from '../../core/ports/keys.port'

export type KeyMaterial = { dataKey: Buffer; hashKey: Buffer; tokenKey: Buffer }

export function generateKeyMaterial(): KeyMaterial {
  return { dataKey: randomBytes(32), hashKey: randomBytes(32), tokenKey: randomBytes(32) }
}

const b64url = (b: Buffer) => b.toString('base64url')

export class CryptoKeys implements Keys {
  constructor(private readonly material: KeyMaterial) {
    for (const [name, key] of Object.entries(material)) {
      if (key.length !== 32) throw new Error(`${name} must be 32 bytes`)
    }
  }

  seal(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.material.dataKey, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return `g1.${b64url(iv)}.${b64url(cipher.getAuthTag())}.${b64url(body)}`
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.')
    if (version !== 'g1' || !iv || !tag || body === undefined) throw new Error('not a sealed value')
    const decipher = createDecipheriv('aes-256-gcm', this.material.dataKey, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  }

  lookupHash(purpose: string, value: string): string {
    return createHmac('sha256', this.material.hashKey).update(`${purpose}:${value}`).digest('hex')
  }

  sign(payload: Record<string, unknown>): string {
    const body = b64url(Buffer.from(JSON.stringify(payload)))
    return `t1.${body}.${this.signature(body)}`
  }

  verify(token: string): Record<string, unknown> | null {
    const [version, body, signature] = token.split('.')
    if (version !== 't1' || !body || !signature) return null
    const expected = Buffer.from(this.signature(body))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const payload: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null
    } catch {
      return null
    }
  }

  private signature(body: string): string {
    return createHmac('sha256', this.material.tokenKey).update(body).digest('base64url')
  }
}
