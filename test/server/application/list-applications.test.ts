import { encodeCursor } from '../../../cloudfunctions/adapters/common/store-errors'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, submitted } from './support/application-form'

describe('application.list paging', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('counts by status on the first page only', async () => {
    const { id } = await submitted(env)
    const first = dataOf<{ items: { id: string }[]; counts: Record<string, number> | null }>(await act(env, 'demo-staff-u01', 'list', {}))
    expect(first.items.map((i) => i.id)).toEqual([id])
    expect(first.counts).toMatchObject({ submitted: 1 })
    const later = dataOf<{ items: unknown[]; counts: unknown }>(await act(env, 'demo-staff-u01', 'list', { cursor: encodeCursor('2000-01-01', 'a') }))
    expect(later).toEqual({ items: [], nextCursor: null, counts: null })
  })
})
