/**
 * WeChat subscribe messages are one-time: each 允许 the user taps in
 * `wx.requestSubscribeMessage` lets the mini-program send one message of that
 * template. The server keeps the count per user and template, adds one per
 * reported 允许, and spends one per message sent, so it never sends what
 * WeChat would refuse and never loses count when several functions send at once.
 */
import type { DocOps, Store } from './ports/store.port'

export type SubscriptionDoc = { userId: string; templateId: string; credits: number; updatedAt: string }

/** WeChat does not say how many taps it keeps; more than this is kept as this. */
export const MAX_CREDITS = 50

const idOf = (userId: string, templateId: string) => `${userId}:${templateId}`

export async function creditsOf(store: Pick<DocOps, 'get'>, userId: string, templateId: string): Promise<number> {
  return (await store.get<SubscriptionDoc>('subscriptions', idOf(userId, templateId)))?.credits ?? 0
}

/** One credit more for each template accepted (inside the request's transaction). */
export async function addCredits(tx: DocOps, userId: string, templateIds: readonly string[], now: string): Promise<void> {
  for (const templateId of new Set(templateIds)) {
    const id = idOf(userId, templateId)
    const doc = await tx.get<SubscriptionDoc>('subscriptions', id)
    if (doc) await tx.update<SubscriptionDoc>('subscriptions', id, doc.version, { credits: Math.min(MAX_CREDITS, doc.credits + 1), updatedAt: now })
    else await tx.insert<SubscriptionDoc>('subscriptions', id, { userId, templateId, credits: 1, updatedAt: now })
  }
}

/** Spends one credit if there is one; a concurrent spender makes this try again on the fresh count. */
export async function takeCredit(store: Store, userId: string, templateId: string, now: string): Promise<boolean> {
  const id = idOf(userId, templateId)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const doc = await store.get<SubscriptionDoc>('subscriptions', id)
    if (!doc || doc.credits <= 0) return false
    const spent = await store.update<SubscriptionDoc>('subscriptions', id, doc.version, { credits: doc.credits - 1, updatedAt: now }).catch(() => null)
    if (spent) return true
  }
  return false
}

/** WeChat said the user has none left (they revoked it, or another device spent it): believe WeChat. */
export async function clearCredits(store: Store, userId: string, templateId: string, now: string): Promise<void> {
  const id = idOf(userId, templateId)
  const doc = await store.get<SubscriptionDoc>('subscriptions', id)
  if (doc && doc.credits > 0) await store.update<SubscriptionDoc>('subscriptions', id, doc.version, { credits: 0, updatedAt: now }).catch(() => undefined)
}
