/**
 * The one place assistance hands a generated document (card, ledger export)
 * to its user: core/temporary-document.ts — sealed at rest, behind a link
 * that expires in five minutes, removed once expired.
 */
import type { ActionContext } from '../../core/action'
import { temporaryDocument } from '../../core/temporary-document'

export function handOut(ctx: ActionContext, doc: { name: string; bytes: Buffer; contentType: string }): Promise<{ url: string; expiresInSeconds: number }> {
  return temporaryDocument(ctx, doc)
}
