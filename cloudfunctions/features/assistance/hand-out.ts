/**
 * The one place assistance hands a generated document (card, ledger export)
 * to its user: stored privately, reached through a link that expires in
 * five minutes. Same shape as core/temporary-document.ts's
 * `temporaryDocument` (branch harden-host), which replaces this body once it
 * is on main.
 */
import type { ActionContext } from '../../core/action'

export const LINK_SECONDS = 300

export async function handOut(
  ctx: ActionContext,
  doc: { name: string; bytes: Buffer; contentType: string },
): Promise<{ url: string; expiresInSeconds: number }> {
  const path = `temporary/${ctx.deps.ids.next('t')}/${doc.name}`
  await ctx.deps.files.put(path, doc.bytes, doc.contentType)
  return { url: await ctx.deps.files.signedUrl(path, LINK_SECONDS), expiresInSeconds: LINK_SECONDS }
}
