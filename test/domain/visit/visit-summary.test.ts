/** The visit figures a file keeps (visit-status.ts): folded one visit at a time, they give the same status as the visits themselves. */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { addVisit, summarize, summaryStatus, visitStatus, type VisitSummary } from '../../../src/domain/visit/visit-status'

const policy = resolvePolicy('130306', '2027-01-01').visits
const filed = { filedOn: '2026-02-10' }
const fold = (dates: string[]) => dates.reduce<VisitSummary | undefined>((s, d) => addVisit(s, d), undefined)

describe('visit figures', () => {
  const dates = ['2026-12-30 10:00', '2027-03-20', '2027-03-05 09:30', '2026-03-02', '2027-12-01']
  it.each(['2027-02-01', '2027-04-01', '2027-12-31'])('give the status the visits give, in any order of filing (%s)', (today) => {
    const visits = dates.map((happenedAt) => ({ happenedAt }))
    expect(summaryStatus(filed, fold(dates), today, policy)).toEqual(visitStatus(filed, visits, today, policy))
    expect(summaryStatus(filed, fold([...dates].reverse()), today, policy)).toEqual(visitStatus(filed, visits, today, policy))
    expect(summarize(visits, 2027)).toEqual(fold(dates))
  })

  it('count as none in a year after theirs: the year rolls over, the last visit stays', () => {
    const figures = fold(['2026-03-02', '2026-12-30 10:00'])
    expect(figures).toMatchObject({ year: 2026, count: 2, lastOn: '2026-12-30' })
    const status = summaryStatus(filed, figures, '2027-04-01', policy)
    expect(status).toMatchObject({ year: 2027, visitsThisYear: 0, lastVisitOn: '2026-12-30', overdue: ['plan'] })
  })

  it('keep the later year when a visit of the year before is filed late', () => {
    const figures = fold(['2027-01-03', '2026-12-30'])
    expect(figures).toEqual({ year: 2027, count: 1, firstInMonth: { '1': '2027-01-03' }, lastOn: '2027-01-03' })
  })
})
