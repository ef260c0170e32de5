/**
 * The staff steps happen in order, so their dates do too: 入户调查 on or after
 * the submission, 民主评议 on or after the investigation, 公示 on or after the
 * evaluation (and none in the future: the schemas stop that). Without this a
 * publicity could start before the submission and so be over at once.
 */
export type StepDates = {
  /** The day the application was (last) submitted, China time. */
  submitted: string
  visitDate?: string | undefined
  meetingDate?: string | undefined
}

export type StepDateField = 'visitDate' | 'meetingDate' | 'startDate'

const LABELS = { submitted: '申请提交日期', visitDate: '入户调查日期', meetingDate: '评议会议日期', startDate: '公示开始日期' } as const
const ORDER = ['submitted', 'visitDate', 'meetingDate', 'startDate'] as const

/** Why `date` cannot be the date of `field` given the steps before it (naming both), or undefined. */
export function stepDateProblem(field: StepDateField, date: string, earlier: StepDates): string | undefined {
  // The nearest earlier step first: its date is the latest, so its message is the one that helps.
  const before = ORDER.slice(0, ORDER.indexOf(field)).reverse() as (keyof StepDates)[]
  for (const key of before) {
    const limit = earlier[key]
    if (limit && date < limit) return `${LABELS[field]}不能早于${LABELS[key]}（${limit}）`
  }
  return undefined
}
