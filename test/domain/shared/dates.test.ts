/** The one date parser: real calendar days only, never an exception, messages that name the field. */
import { dateProblem, isCalendarDate, isoDate } from '../../../src/domain/shared/dates'

describe('isCalendarDate', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-02-29', '1900-01-01', '2026-12-31'])('%s is a day of the calendar', (text) => {
    expect(isCalendarDate(text)).toBe(true)
  })

  it.each(['0000-00-00', '2026-13-01', '2026-01-00', '2026-02-29', '1900-02-29', '2026-04-31', '2026-1-5', '2026-01-01 ', '20260101', ''])(
    '%j is not',
    (text) => {
      expect(isCalendarDate(text)).toBe(false)
    },
  )
})

describe('dateProblem', () => {
  it('names what is wrong, after the field label', () => {
    expect(dateProblem('昨天')).toBe('应为日期，如2026-11-23')
    expect(dateProblem('2026-13-01')).toBe('不是有效日期')
    expect(dateProblem('1899-12-31')).toBe('不是有效日期')
    expect(dateProblem('2026-11-23', { latest: '2026-11-22' })).toBe('不能晚于今天')
    expect(dateProblem('2026-11-22', { latest: '2026-11-22' })).toBeUndefined()
    expect(dateProblem('1999-12-31', { earliest: '2000-01-01' })).toBe('不是有效日期')
  })

  it('takes a time of day only where asked', () => {
    expect(dateProblem('2026-03-05 09:30', { withTime: true })).toBeUndefined()
    expect(dateProblem('2026-03-05 09:30')).toBe('应为日期，如2026-11-23')
    expect(dateProblem('2026-03-05 24:00', { withTime: true, formatHint: '格式不对' })).toBe('格式不对')
    expect(dateProblem('0000-00-00 09:30', { withTime: true })).toBe('不是有效日期')
  })
})

describe('isoDate', () => {
  const schema = isoDate('公示开始日期', { latest: '2026-11-22' })
  it.each([
    ['0000-00-00', '公示开始日期不是有效日期'],
    ['2026-13-01', '公示开始日期不是有效日期'],
    ['2026-01-00', '公示开始日期不是有效日期'],
    ['2026-11-23', '公示开始日期不能晚于今天'],
    ['', '公示开始日期不能为空'],
    [undefined, '公示开始日期不能为空'],
    [20261122, '公示开始日期应为文字'],
  ])('%j → %s', (input, message) => {
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toEqual([message])
  })

  it('passes a good date through, trimmed', () => {
    expect(schema.parse(' 2026-11-20 ')).toBe('2026-11-20')
  })
})
