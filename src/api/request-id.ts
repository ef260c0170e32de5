/** Client-made request ids: one per user intent, reused on every retry of it. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16)
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return `r${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`.slice(0, 40)
}
