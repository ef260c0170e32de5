/**
 * The publicity (公示) period in working days. Saturdays and Sundays are
 * skipped; public holidays and the weekend days worked in their place (调休)
 * are NOT modelled — they change every year by State Council notice, so a
 * period spanning a holiday ends early by the holidays it contains. Staff can
 * start the publicity later to allow for that.
 */

const DAY_MS = 86_400_000

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

function isWeekend(d: Date): boolean {
  const day = d.getUTCDay()
  return day === 0 || day === 6
}

/**
 * The last day of a publicity that starts on `startDate` and lasts `workingDays`
 * working days, the start day counting as the first when it is a working day.
 */
export function publicityEndDate(startDate: string, workingDays: number): string {
  let d = toUtc(startDate)
  while (isWeekend(d)) d = new Date(d.getTime() + DAY_MS)
  let counted = 1
  while (counted < workingDays) {
    d = new Date(d.getTime() + DAY_MS)
    if (!isWeekend(d)) counted += 1
  }
  return d.toISOString().slice(0, 10)
}

/** The publicity may be ended once its last day is over: from the next day on. */
export function publicityOver(endDate: string, today: string): boolean {
  return today > endDate
}
