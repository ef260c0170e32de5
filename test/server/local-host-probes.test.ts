/** What the probing of the local host found, over real HTTP and raw sockets: each answered as a client mistake, never a 500. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHost, listen } from '../../cloudfunctions/local-host/server'
import { makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'

/** Sends `request` as raw bytes (fetch would tidy the URL) and resolves with the status line's code. */
function rawStatus(port: number, request: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let text = ''
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text)
      if (match) {
        socket.destroy()
        resolve(Number(match[1]))
      }
    })
    socket.on('error', reject)
  })
}

describe('local host probes', () => {
  let env: TestEnv
  let server: Server
  let port: number

  beforeAll(async () => {
    env = await makeTestEnv()
    const h5Dir = mkdtempSync(path.join(tmpdir(), 'bangfu-h5-'))
    writeFileSync(path.join(h5Dir, 'index.html'), '<!DOCTYPE html><title>困难职工帮扶</title>')
    server = createHost({ deps: env.deps, h5Dir, tokenHours: 12, log: quietLog })
    port = await listen(server, 0, '127.0.0.1')
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await env.close()
  })

  const post = async (p: string, body: unknown, token?: string) => {
    const res = await fetch(`http://127.0.0.1:${port}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const signIn = async (account: string) => (await post('/api/dev/sign-in', { account })).body.token as string

  it.each(['/%', '/%E0%A4%A', '/files/%', '/files/%E0%A4%A?exp=1&sig=x', '//', '//%', '/api/%'])('GET %s is a 400 or 404, not a 500', async (target) => {
    const status = await rawStatus(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    expect([400, 404]).toContain(status)
  })

  it.each(['0000-00-00', '2026-13-01', '2026-01-00'])('an impossible date (%s) is a 400 INVALID_INPUT naming the field', async (bad) => {
    const staff = await signIn('staff-u01')
    const publicity = await post(
      '/api/application',
      { action: 'startPublicity', data: { applicationId: 'app-1', startDate: bad }, requestId: `req-${bad}-1` },
      staff,
    )
    expect(publicity.status).toBe(400)
    expect(publicity.body).toMatchObject({ code: 'INVALID_INPUT', fields: { startDate: '公示开始日期不是有效日期' } })

    const helper = await signIn('helper1')
    const visit = { applicationId: 'app-1', type: 'routine', happenedAt: bad, participants: ['林国栋'], situation: '家中情况稳定', photos: [] }
    const filed = await post('/api/visit', { action: 'file', data: visit, requestId: `req-${bad}-2` }, helper)
    expect(filed.status).toBe(400)
    expect(filed.body).toMatchObject({ code: 'INVALID_INPUT', fields: { happenedAt: '走访时间不是有效日期' } })
  })
})
