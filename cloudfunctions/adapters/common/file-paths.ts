/** Storage paths are built on the server; this refuses anything that could climb out of the store. */
export const SAFE_PATH = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/

export function checkPath(p: string): string {
  if (!SAFE_PATH.test(p) || p.split('/').some((part) => part === '..' || part === '.')) throw new Error(`unsafe file path ${p}`)
  return p
}
