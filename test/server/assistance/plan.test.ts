/** 一户一策: staff or the paired helper make the plan, the worker confirms it (who, when), a change needs a new confirmation. */
import type { PlanView } from '../../../src/domain/assistance/assistance-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { inbox } from '../application/support/application-form'
import { assist, fileHousehold, HOUSEHOLDS, planForm } from './support/households'

const { li } = HOUSEHOLDS

describe('assistance plan', () => {
  let env: TestEnv
  let applicationId: string
  beforeAll(async () => {
    env = await makeTestEnv()
    applicationId = await fileHousehold(env, li)
  })
  afterAll(() => env.close())

  it('lets the owning staff make a plan from the region’s lists, awaiting the worker’s confirmation', async () => {
    const plan = dataOf<PlanView>(await assist(env, li.grassroots, 'plan', planForm(applicationId)))
    expect(plan).toMatchObject({
      status: 'awaitingConfirmation',
      measures: ['employment', 'social-assistance'],
      plans: ['skills-training', 'warmth'],
      deadline: '2027-12',
      deadlineText: '2027年12月底前实现解困脱困',
      notes: '妻子病情稳定后推荐就业',
      revision: 1,
      madeBy: { name: '孙建平' },
    })
    expect((await inbox(env, li.userId)).items.map((n) => n.kind)).toContain('planAwaitingConfirmation')
    const awaiting = dataOf<{ items: { applicationId: string; name: string }[] }>(await assist(env, 'demo-staff-d130306', 'awaiting', {}))
    expect(awaiting.items).toEqual([expect.objectContaining({ applicationId, name: '李大勇' })])
    expect(dataOf<{ items: unknown[] }>(await assist(env, 'demo-staff-d130304', 'awaiting', {})).items).toEqual([])
  })

  it('refuses a choice outside the lists and 其他 without its text, naming the field', async () => {
    expect(errorOf(await assist(env, li.grassroots, 'plan', planForm(applicationId, { measures: ['发放彩票'] }))).fields).toHaveProperty('measures')
    expect(errorOf(await assist(env, li.grassroots, 'plan', planForm(applicationId, { plans: ['other'] }))).fields).toEqual({
      otherPlan: '选择了其他计划，请注明具体内容',
    })
    expect(errorOf(await assist(env, li.grassroots, 'plan', planForm(applicationId, { deadline: '2026-13' }))).fields).toHaveProperty('deadline')
  })

  it('lets the worker confirm; a changed plan needs a new confirmation and keeps the old one', async () => {
    expect(errorOf(await assist(env, HOUSEHOLDS.zhang.userId, 'confirmPlan', { applicationId }))).toMatchObject({ code: 'NOT_FOUND' })
    const confirmed = dataOf<PlanView>(await assist(env, li.userId, 'confirmPlan', { applicationId }))
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmation: { name: '李大勇', at: env.clock.now().toISOString(), revision: 1 } })
    expect((await inbox(env, li.grassroots)).items.map((n) => n.kind)).toContain('planConfirmed')
    env.clock.advance(86_400_000)
    const changed = dataOf<PlanView>(await assist(env, li.helper, 'plan', planForm(applicationId, { plans: ['other'], otherPlan: '联系社区公益岗位' })))
    expect(changed).toMatchObject({ status: 'awaitingConfirmation', revision: 2, otherPlan: '联系社区公益岗位', madeBy: { name: '林国栋' } })
    expect(changed.confirmation).toBeUndefined()
    expect(changed.history).toEqual([expect.objectContaining({ revision: 1, confirmedAt: confirmed.confirmation?.at })])
    expect(dataOf<PlanView>(await assist(env, li.userId, 'confirmPlan', { applicationId }))).toMatchObject({
      status: 'confirmed',
      confirmation: { revision: 2 },
    })
  })

  it('keeps the plan to the household’s helpers and the staff above it', async () => {
    for (const stranger of ['demo-helper2', 'demo-staff-u02', 'demo-staff-d130304']) {
      expect(errorOf(await assist(env, stranger, 'plan', planForm(applicationId)))).toMatchObject({ code: 'NOT_FOUND' })
    }
  })
})
