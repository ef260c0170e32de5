/**
 * Browser build: opens `url` in a freshly loaded page, so nothing the previous
 * person had in memory (the outbox, drafts on screen) survives a change of user.
 */
export function restartApp(url: string): void {
  window.location.hash = `#${url}`
  window.location.reload()
}
