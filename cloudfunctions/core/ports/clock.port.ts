export interface Clock {
  now(): Date
}

/** Dates are reckoned in China Standard Time whatever the server's zone. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** 'YYYY-MM-DD HH:mm' in China Standard Time, as forms write a time of day. */
export function chinaMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
