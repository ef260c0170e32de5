/**
 * The `assess` contract as a pure function: raw JSON in, the answer object
 * out. The command-line entry only reads stdin and prints this; the tests run
 * the bulk of cases here, in-process.
 */
import { resolvePolicy } from '../policy/resolve-policy'
import { NATIONAL_TERMS, type CriteriaTerms, type IncomeStandard, type PolicyRecord } from '../policy/policy'
import { POLICY_RECORDS } from '../policy/policy-records'
import { AppError, invalidInput, type ErrorCode, type FieldErrors } from '../shared/app-error'
import { fenToYuan } from '../shared/money'
import { assessEligibility } from './assess-eligibility'
import { assessRequestInput, NEEDS_STANDARD, type AssessRequest } from './assess-request.schema'
import type { Category, CriterionNumber, ReasonCode } from './eligibility'

export type AssessOutput = {
  eligible: boolean
  criterion: CriterionNumber | null
  category: Category | null
  perCapitaMonthlyIncome: number
  reasons: ReasonCode[]
  explanation: string
}

export type AssessError = { error: { code: ErrorCode; message: string; fields: FieldErrors } }

export type AssessAnswer = { ok: true; output: AssessOutput } | { ok: false; body: AssessError }

export const NO_STANDARD_MESSAGE = '该地区在该日期没有低保标准，请直接提供 standard.minimumLiving'

function failure(error: AppError): AssessAnswer {
  return { ok: false, body: { error: { code: error.code, message: error.message, fields: error.fields ?? {} } } }
}

function standardAndTerms(request: AssessRequest, records: readonly PolicyRecord[]): { standard: IncomeStandard; terms: CriteriaTerms } {
  if (request.regionCode === undefined || request.asOf === undefined) {
    if (!request.standard) throw new AppError('INVALID_INPUT', NEEDS_STANDARD, { standard: NEEDS_STANDARD }) // the schema already refuses this
    return { standard: request.standard, terms: NATIONAL_TERMS }
  }
  const policy = resolvePolicy(request.regionCode, request.asOf, records)
  const standard = request.standard ?? policy.standard
  if (!standard) throw new AppError('INVALID_INPUT', NO_STANDARD_MESSAGE, { 'standard.minimumLiving': NO_STANDARD_MESSAGE })
  return { standard, terms: policy.terms }
}

/** Validate, find the standard, assess. Never throws for bad input: the error is the answer. */
export function assessRequest(raw: unknown, records: readonly PolicyRecord[] = POLICY_RECORDS): AssessAnswer {
  const parsed = assessRequestInput().safeParse(raw)
  if (!parsed.success) return failure(invalidInput(parsed.error))
  try {
    const { standard, terms } = standardAndTerms(parsed.data, records)
    const result = assessEligibility(parsed.data.facts, standard, terms)
    return {
      ok: true,
      output: {
        eligible: result.eligible,
        criterion: result.criterion,
        category: result.category,
        perCapitaMonthlyIncome: fenToYuan(result.perCapitaMonthlyIncomeFen),
        reasons: result.reasons,
        explanation: result.explanation,
      },
    }
  } catch (error) {
    if (error instanceof AppError) return failure(error)
    throw error
  }
}
