/** The local host over real HTTP: the stable contract, and every kind of bad request answered clearly. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEMO_ACCOUNTS } from '../../cloudfunctions/local-host/demo-data'
import { createHost, listen } from '../../cloudfunctions/local-host/server'
import { makeTestEnv, type TestEnv } from '../support/test-deps'

describe('local host HTTP contract', () => {
  let env: TestEnv
  let server: Server
  let base: string
  const logLines: string[] = []

  beforeAll(async () => {
    env = await makeTestEnv()
    const h5Dir = mkdtempSync(path.join(tmpdir(), 'bangfu-h5-'))
    writeFileSync(path.join(h5Dir, 'index.html'), '<!DOCTYPE html><title>困难职工帮扶</title>')
    const log = { info: (l: string) => logLines.push(l), error: (m: string, d?: unknown) => logLines.push(`${m} ${JSON.stringify(d)}`) }
    server = createHost({ deps: env.deps, h5Dir, tokenHours: 12, log })
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await env.close()
  })

  const post = (p: string, body: unknown, token?: string) =>
    fetch(`${base}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const signIn = async (account: string) => ((await (await post('/api/dev/sign-in', { account })).json()) as { token: string }).token

  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true })
  })

  it('describes every action with the JSON Schema of its input', async () => {
    const body = (await (await fetch(`${base}/api/_schema`)).json()) as {
      functions: Record<string, Record<string, { kind: string; input: { properties: Record<string, { title?: string }>; required?: string[] } }>>
    }
    const bind = body.functions.account?.bindProfile
    expect(bind?.kind).toBe('write')
    expect(bind?.input.required).toEqual(expect.arrayContaining(['name', 'idNumber', 'mobile', 'unionId']))
    expect(bind?.input.properties.idNumber?.title).toBe('身份证号')
    expect(Object.keys(body.functions.inbox ?? {})).toEqual(expect.arrayContaining(['list', 'unreadCount', 'markRead']))
  })

  it('signs in a demo account and serves its calls', async () => {
    const token = await signIn('employee2')
    const res = await post('/api/account', { action: 'me' }, token)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      displayName: '李大勇',
      roles: ['employee'],
      profile: { idNumberMasked: expect.stringMatching(/^130\*+\d{3}[\dX]$/) },
    })
  })

  it('refuses an unknown demo account, naming the field', async () => {
    const res = await post('/api/dev/sign-in', { account: 'root' })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'INVALID_INPUT', fields: { account: '演示账号不存在' } })
  })

  it.each([
    ['invalid JSON', () => post('/api/account', '{"action":', 'x'), 400, 'BAD_REQUEST', '请求内容不是有效的JSON'],
    ['a missing token', () => post('/api/account', { action: 'me' }), 401, 'UNAUTHENTICATED', '请先登录'],
    [
      'a forged token',
      () => post('/api/account', { action: 'me' }, 't1.eyJzdWIiOiJkZW1vLWFkbWluIiwiZXhwIjo5OTk5OTk5OTk5fQ.forged'),
      401,
      'UNAUTHENTICATED',
      '登录凭证无效，请重新登录',
    ],
    ['an unknown function', () => post('/api/nothing', { action: 'me' }), 404, 'NOT_FOUND', '没有名为nothing的云函数'],
    ['a missing action', async () => post('/api/account', { data: {} }, await signIn('employee2')), 400, 'BAD_REQUEST', '请求缺少操作名（action）'],
    ['an unknown action', async () => post('/api/account', { action: 'nope' }, await signIn('employee2')), 404, 'UNKNOWN_ACTION', '未知的操作：account.nope'],
    ['a GET on a function', () => fetch(`${base}/api/account`), 400, 'BAD_REQUEST', '接口只接受POST请求'],
  ])('answers %s clearly and keeps serving', async (_case, send, status, code, message) => {
    const res = await send()
    expect(res.status).toBe(status)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ code, message })
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|Error:/)
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })

  it('refuses an oversized body and keeps serving', async () => {
    const res = await post('/api/account', { action: 'me', data: { pad: 'x'.repeat(2 * 1024 * 1024) } })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大（上限1024KB）' })
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })

  it('refuses an expired token', async () => {
    const token = await signIn('employee2')
    env.clock.advance(13 * 3600_000)
    try {
      const res = await post('/api/account', { action: 'me' }, token)
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ message: '登录已过期，请重新登录' })
    } finally {
      env.clock.advance(-13 * 3600_000)
    }
  })

  it('maps validation errors to 400 with the fields named', async () => {
    const token = await signIn('employee1')
    const res = await post(
      '/api/account',
      { action: 'bindProfile', requestId: 'req-host-1', data: { name: '王小梅', idNumber: '130306198403120228', mobile: '17000000001', unionId: 'u01' } },
      token,
    )
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ code: 'INVALID_INPUT', message: '身份证号校验位不正确', fields: { idNumber: '身份证号校验位不正确' } })
  })

  it('serves the H5 app and 404s unknown paths', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('困难职工帮扶')
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404)
    expect((await fetch(`${base}/nothing.js`)).status).toBe(404)
  })

  it('logs requests without tokens, bodies or ID numbers', () => {
    const log = logLines.join('\n')
    expect(log).toMatch(/POST \/api\/account 200/)
    expect(log).not.toMatch(/t1\.[A-Za-z0-9_-]{10,}/)
    for (const a of DEMO_ACCOUNTS) if (a.employee) expect(log).not.toContain(a.employee.idNumber)
    expect(log).not.toContain('130306198403120228')
  })
})
