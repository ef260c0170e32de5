/**
 * Keys: encryption at rest, keyed hashes for exact lookup, and signed tokens.
 * Plaintext goes in and out only here; the store sees ciphertext and hashes.
 */
export interface Keys {
  /** AES-256-GCM; the result is self-describing text safe to store. */
  seal(plain: string): string
  open(sealed: string): string
  /** HMAC-SHA256 of `purpose:value`, hex; equal inputs give equal hashes. */
  lookupHash(purpose: string, value: string): string
  sign(payload: Record<string, unknown>): string
  /** The payload if the signature is ours, else null. */
  verify(token: string): Record<string, unknown> | null
}
