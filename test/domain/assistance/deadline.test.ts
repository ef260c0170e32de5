/** 帮扶任务完成时限: the months the plan page's picker offers are exactly the months the server accepts. */
import { deadlineBounds, deadlineMonth } from '../../../src/domain/assistance/assistance.schema'

describe('the deadline’s months', () => {
  const today = '2026-12-04'
  const schema = deadlineMonth({ today })

  it('runs from this month to December five years on', () => {
    expect(deadlineBounds(today)).toEqual({ earliest: '2026-12', latest: '2031-12' })
  })

  it('accepts both bounds and refuses a month either side, naming why', () => {
    const { earliest, latest } = deadlineBounds(today)
    expect(schema.safeParse(earliest).success).toBe(true)
    expect(schema.safeParse(latest).success).toBe(true)
    expect(schema.safeParse('2026-11').error?.issues[0]?.message).toBe('帮扶任务完成时限不能早于本月')
    expect(schema.safeParse('2032-01').error?.issues[0]?.message).toBe('帮扶任务完成时限不能超过五年')
  })
})
