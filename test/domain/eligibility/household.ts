/** Builders for assessment inputs: a household is its size and six months of income, everything else off unless a test says so. */
import { assessRequest, type AssessOutput } from '../../../src/domain/eligibility/assess-request'

export const months = (...monthly: number[]) => monthly
export const six = (monthlyHouseholdIncome: number) => Array<number>(6).fill(monthlyHouseholdIncome)

/** Funing 2018 (seed 004): B = 550, L = 1.5 × B = 825, 3 × B = 1650. */
export const FUNING = { regionCode: '130306', asOf: '2018-03-01' }

export function household(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { standard: { minimumLiving: 550 }, householdSize: 3, monthlyIncome: six(1500), ...overrides }
}

/** Runs the same function the `assess` command runs and insists it answered. */
export function assess(input: unknown): AssessOutput {
  const answer = assessRequest(input)
  if (!answer.ok) throw new Error(`expected an assessment, got ${JSON.stringify(answer.body)}`)
  return answer.output
}

export function assessError(input: unknown) {
  const answer = assessRequest(input)
  if (answer.ok) throw new Error(`expected an error, got ${JSON.stringify(answer.output)}`)
  return answer.body.error
}
