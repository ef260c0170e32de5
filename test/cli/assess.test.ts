/** `assess` as a process: stdin in, one JSON object out, the documented exit codes. The cases themselves run in-process (test/domain/eligibility). */
import { spawnSync } from 'node:child_process'
import { onlyJsonObject, ROOT, runCli } from './run-cli'

const six = (yuan: number) => Array<number>(6).fill(yuan)

describe('npm run -s assess', () => {
  it('assesses by region and date, exit 0', () => {
    const input = { regionCode: '130306', asOf: '2018-03-01', householdSize: 3, monthlyIncome: six(1500), receivesDibao: true }
    const run = runCli('assess.ts', [], JSON.stringify(input))
    expect(run.status).toBe(0)
    expect(run.json).toEqual({
      eligible: true,
      criterion: 2,
      category: '低保户',
      perCapitaMonthlyIncome: 500,
      reasons: ['criterion2'],
      explanation: expect.stringContaining('低保标准550元（地区代码130306，2018-01-01起执行）'),
    })
  })

  it('answers "not eligible" with exit 0 and every exclusion', () => {
    const input = { standard: { minimumLiving: 550 }, householdSize: 3, monthlyIncome: six(1500), receivesDibao: true, homesOwned: 2, blacklisted: true }
    const run = runCli('assess.ts', [], JSON.stringify(input))
    expect(run.status).toBe(0)
    expect(run.json).toMatchObject({
      eligible: false,
      criterion: null,
      category: null,
      perCapitaMonthlyIncome: 500,
      reasons: ['twoOrMoreHomes', 'blacklisted'],
    })
  })

  it.each([
    [
      'invalid fields',
      JSON.stringify({ householdSize: 0, monthlyIncome: [1, 2, 3], standard: { minimumLiving: 550 } }),
      'INVALID_INPUT',
      '家庭人口应为不小于1的整数',
    ],
    [
      'no standard for the region on the date',
      JSON.stringify({ regionCode: '130306', asOf: '2017-06-01', householdSize: 1, monthlyIncome: six(100) }),
      'INVALID_INPUT',
      '该地区在该日期没有低保标准',
    ],
    [
      'an impossible date',
      JSON.stringify({ regionCode: '130306', asOf: '2026-13-01', householdSize: 1, monthlyIncome: six(100) }),
      'INVALID_INPUT',
      '评估日期不是有效日期',
    ],
    [
      'the zero date',
      JSON.stringify({ regionCode: '130306', asOf: '0000-00-00', householdSize: 1, monthlyIncome: six(100) }),
      'INVALID_INPUT',
      '评估日期不是有效日期',
    ],
    ['not JSON', '{"householdSize": 3,', 'BAD_REQUEST', '输入不是有效的JSON'],
    ['nothing on stdin', '', 'BAD_REQUEST', '没有收到输入'],
  ])('%s → exit 2 and { error: { code, message, fields } }', (_case, stdin, code, message) => {
    const run = runCli('assess.ts', [], stdin)
    expect(run.status).toBe(2)
    expect(run.json).toEqual({ error: { code, message: expect.stringContaining(message), fields: expect.any(Object) } })
  })

  it.each(['2026-13-01', '0000-00-00'])('an impossible asOf %s names the field asOf', (asOf) => {
    const run = runCli('assess.ts', [], JSON.stringify({ regionCode: '130306', asOf, householdSize: 1, monthlyIncome: six(100) }))
    expect(run.status).toBe(2)
    expect(run.json).toEqual({ error: { code: 'INVALID_INPUT', message: expect.any(String), fields: { asOf: '评估日期不是有效日期' } } })
  })

  it('takes in a household below B without 低保 that has a special reason (issue example)', () => {
    const input = {
      regionCode: '130306',
      asOf: '2018-03-01',
      householdSize: 3,
      monthlyIncome: [0, 0, 0, 0, 0, 4900],
      specialReasons: ['illness'],
      specialExpensesAnnual: 12000,
    }
    const run = runCli('assess.ts', [], JSON.stringify(input))
    expect(run.status).toBe(0)
    expect(run.json).toMatchObject({ eligible: true, criterion: 3, category: '低保边缘户', perCapitaMonthlyIncome: 272.22, reasons: ['criterion3'] })
  })

  it('through npm itself, stdout carries the JSON alone', () => {
    const input = JSON.stringify({ standard: { minimumLiving: 550 }, householdSize: 1, monthlyIncome: six(100), receivesDibao: true })
    const run = spawnSync('npm', ['run', '-s', 'assess'], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(0)
    expect(onlyJsonObject(run.stdout)).toMatchObject({ eligible: true, criterion: 2 })
  })
})
