/** Retry delay after the n-th failure (1-based): 2 s, 4 s, 8 s … capped at 5 minutes, with ±20% jitter. */
export const BASE_DELAY_MS = 2_000
export const MAX_DELAY_MS = 5 * 60_000

export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exact = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1))
  return Math.round(exact * (0.8 + 0.4 * random()))
}
