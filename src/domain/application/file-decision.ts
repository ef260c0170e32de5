/**
 * What the filing union decides at 建档 (seed 000: “*建档人或审核人确定…”;
 * seed 002: 职工编号 “基层工会不填”): 困难类别, 档案类型, 建档标准 and the
 * 解困脱困对象 section, checked against the union's own value lists. The
 * applicant's suggestions are hints on the staff form, never inputs here.
 */
import { z } from 'zod'
import type { CriterionNumber } from '../eligibility/eligibility'
import { choice } from '../file-form/choice-fields'
import { targetingSchema } from '../file-form/targeting.schema'
import { WORKER_FIELDS } from '../file-form/worker-fields'
import type { RuleContext } from '../shared/fields'
import type { ResolvedValueLists } from '../value-lists/value-list'
import { fileInput } from './steps.schema'

/** The 建档标准 item each of the engine's criteria corresponds to (seed 001 一（三）1, in the same order). */
export const FILING_CRITERION_OF: Record<CriterionNumber, string> = {
  1: 'below-dibao-unaided',
  2: 'dibao-still-hard',
  3: 'edge-special-reason',
  4: 'sudden-event',
}

/** The 建档标准 to preselect: the engine's criterion where the union's list has its item. */
export function suggestedFilingCriterion(
  criterion: CriterionNumber | null | undefined,
  lists: Pick<ResolvedValueLists, 'filingCriterion'>,
): string | undefined {
  if (!criterion) return undefined
  const code = FILING_CRITERION_OF[criterion]
  return lists.filingCriterion.some((item) => item.code === code) ? code : undefined
}

/** The decision parts that depend on the union's lists. */
export function fileDecisionSchema(rules: RuleContext, lists: ResolvedValueLists) {
  return z.object({
    filingCriterion: choice(WORKER_FIELDS.filingCriterion.label, lists.filingCriterion),
    targeting: targetingSchema(rules, lists),
  })
}

export type FileDecision = z.output<ReturnType<typeof fileDecisionSchema>>

/** The whole 建档 step as the staff form checks it: every decision made, including the 解困脱困对象 section. */
export function fileStepSchema(rules: RuleContext, lists: ResolvedValueLists) {
  return fileInput().extend(fileDecisionSchema(rules, lists).shape)
}
