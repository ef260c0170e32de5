/**
 * What the app keeps on a device (drafts with ID and bank card numbers, kept
 * ID-card photos, the outbox, cached lists: every key under `bangfu.`) belongs
 * to the person signed in. On a shared computer (the browser build) it is
 * removed at sign-out, and when someone else signs in after a session ran out,
 * so a signed-out employee's draft is never shown to the next person.
 */
export type KeyStorage = {
  keys(): string[]
  read(key: string): unknown
  write(key: string, value: string): void
  remove(key: string): void
}

export const USER_DATA_PREFIX = 'bangfu.'
/** The account the data on this device belongs to. */
export const OWNER_KEY = 'bangfu.owner'

export function forgetUserData(storage: KeyStorage): void {
  for (const key of storage.keys()) if (key.startsWith(USER_DATA_PREFIX)) storage.remove(key)
}

/** Before `account` signs in: another person's data goes first. Returns whether any had to go. */
export function claimDeviceFor(storage: KeyStorage, account: string): boolean {
  const owner = storage.read(OWNER_KEY)
  const other = owner !== account && storage.keys().some((key) => key.startsWith(USER_DATA_PREFIX))
  if (other) forgetUserData(storage)
  storage.write(OWNER_KEY, account)
  return other
}
