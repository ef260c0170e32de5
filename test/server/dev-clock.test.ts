/** `POST /api/dev/clock` over real HTTP: it moves the time every step and the scheduled sweeps see, and sessions survive it. */
import { mkdtempSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHost, listen } from '../../cloudfunctions/local-host/server'
import { localSweeps } from '../../cloudfunctions/local-host/sweeps'
import { makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'
import { submission } from './application/support/application-form'

describe('POST /api/dev/clock', () => {
  let env: TestEnv
  let server: Server
  let base: string

  beforeEach(async () => {
    env = await makeTestEnv()
    server = createHost({
      deps: env.deps,
      h5Dir: mkdtempSync(path.join(tmpdir(), 'bangfu-h5-')),
      tokenHours: 12,
      log: quietLog,
      afterClockMove: localSweeps(env.deps, quietLog).runAll,
    })
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`
  })
  afterEach(async () => {
    await new Promise((r) => server.close(r))
    await env.close()
  })

  const post = async (p: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const signIn = async (account: string) => (await post('/api/dev/sign-in', { account })).body.token as string
  const healthTime = async () => ((await (await fetch(`${base}/healthz`)).json()) as { time: string }).time

  it('advances by days or sets the time, and answers { now }', async () => {
    // The test's own clock stands still at 2026-11-22T02:00:00Z, so the answers are exact.
    expect(await post('/api/dev/clock', { advanceDays: 10 })).toEqual({ status: 200, body: { now: '2026-12-02T02:00:00.000Z' } })
    expect(await healthTime()).toBe('2026-12-02T02:00:00.000Z')
    expect(await post('/api/dev/clock', { now: '2027-03-01T09:00:00+08:00' })).toEqual({ status: 200, body: { now: '2027-03-01T01:00:00.000Z' } })
    expect(await post('/api/dev/clock', { advanceDays: -1 })).toEqual({ status: 200, body: { now: '2027-02-28T01:00:00.000Z' } })
  })

  it.each([
    [{ advanceDays: 'ten' }, 'advanceDays', '推进天数应为整数'],
    [{ advanceDays: 1.5 }, 'advanceDays', '推进天数应为整数'],
    [{ advanceDays: 5000 }, 'advanceDays', '推进天数应在±3650天之内'],
    [{ now: '2026-13-01T00:00:00Z' }, 'now', '时间应为ISO格式，如2026-12-01T09:00:00+08:00'],
  ])('refuses %j naming the field', async (body, field, message) => {
    expect(await post('/api/dev/clock', body)).toEqual({ status: 400, body: { code: 'INVALID_INPUT', message, fields: { [field]: message } } })
    expect(await healthTime()).toBe('2026-11-22T02:00:00.000Z')
  })

  it('refuses a body of neither shape', async () => {
    expect((await post('/api/dev/clock', {})).status).toBe(400)
    expect((await post('/api/dev/clock', { advanceDays: 1, now: '2026-12-01T00:00:00Z' })).status).toBe(400)
  })

  it('lets a publicity run its course: the sweep announces it at once, and the step sees the new day', async () => {
    const staff = await signIn('staff-u01')
    const employee = await signIn('employee2')
    const call = async (token: string, action: string, data: Record<string, unknown>) =>
      post('/api/application', { action, data, requestId: `clock-${action}-${Math.random().toString(36).slice(2, 10)}` }, token)
    const { body: submitted } = await call(employee, 'submit', submission() as Record<string, unknown>)
    const applicationId = submitted.id as string
    for (const [action, data] of [
      ['accept', {}],
      ['recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '属实' }],
      ['recordEvaluation', { meetingDate: '2026-11-22', attendance: 7, result: 'agree' }],
      ['startPublicity', { startDate: '2026-11-22' }],
    ] as const) {
      expect((await call(staff, action, { applicationId, ...data })).status).toBe(200)
    }
    expect((await call(staff, 'endPublicity', { applicationId })).body).toMatchObject({ code: 'CONFLICT' })

    await post('/api/dev/clock', { advanceDays: 10 })
    const inbox = await post('/api/inbox', { action: 'list', data: { kind: 'publicityOver' } }, staff)
    expect(inbox.status).toBe(200) // the session signed in before the move still works
    expect(inbox.body.items).toEqual([expect.objectContaining({ title: '公示期满' })])
    expect((await call(staff, 'endPublicity', { applicationId })).body).toMatchObject({ status: 'awaitingApproval' })
  })
})
