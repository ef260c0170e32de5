/** `idcard` as a process: one argument in, one JSON object out; exit 0 valid, 1 invalid, 2 usage. */
import { chinaDate } from '../../cloudfunctions/core/ports/clock.port'
import { parseIdNumber } from '../../src/domain/shared/id-number'
import { runCli } from './run-cli'

describe('npm run -s idcard -- <number>', () => {
  it('derives birth date, sex and age (today in China), exit 0', () => {
    const run = runCli('idcard.ts', ['11010519491231002x'])
    expect(run.status).toBe(0)
    const facts = parseIdNumber('11010519491231002X', chinaDate(new Date()))
    expect(run.json).toEqual({ valid: true, normalized: '11010519491231002X', birthDate: '1949-12-31', sex: '女', age: facts.valid ? facts.age : -1 })
  })

  it('explains an invalid number, exit 1', () => {
    const run = runCli('idcard.ts', ['130306198403120228'])
    expect(run.status).toBe(1)
    expect(run.json).toEqual({ valid: false, reason: '身份证号校验位不正确' })
  })

  it('refuses a missing number as a usage error, exit 2', () => {
    const run = runCli('idcard.ts', [])
    expect(run.status).toBe(2)
    expect(run.json).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('npm run -s idcard -- <身份证号>'), fields: {} } })
  })
})
