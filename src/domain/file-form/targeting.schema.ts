/**
 * Whether the worker is a 解困脱困对象 and, if so, their key groups, measures
 * and action plans from the union's regional lists (Jingmen's “四类 / 五个一批
 * / 五个行动计划” or the national “五类 / 四个一批 / 七个行动计划”).
 */
import { z } from 'zod'
import type { RuleContext } from '../shared/fields'
import { OTHER_CODE, type ResolvedValueLists } from '../value-lists/value-list'
import { choices } from './choice-fields'
import { optionalText, pastDate, requiredYesNo } from './form-fields'
import { TARGETING_FIELDS as F } from './targeting-fields'
import { whenValid } from './when-valid'

type Targeting = {
  isTarget: boolean
  keyGroups: string[]
  keyGroupNote?: string | undefined
  measures: string[]
  measureNote?: string | undefined
  actionPlans: string[]
  actionPlanNote?: string | undefined
}

const GROUPS = [
  { key: 'keyGroups', note: 'keyGroupNote' },
  { key: 'measures', note: 'measureNote' },
  { key: 'actionPlans', note: 'actionPlanNote' },
] as const

/** A target needs at least one item of each; a non-target none; “其他（注明）” needs its note. */
function checkTargeting(t: Targeting, ctx: z.RefinementCtx): void {
  for (const { key, note } of GROUPS) {
    const label = F[key].label
    const codes = t[key]
    if (t.isTarget && codes.length === 0) ctx.addIssue({ code: 'custom', path: [key], message: `请选择${label}`, input: codes })
    if (!t.isTarget && codes.length > 0) ctx.addIssue({ code: 'custom', path: [key], message: `不是解困脱困对象时无需选择${label}`, input: codes })
    if (codes.includes(OTHER_CODE) && !t[note]) ctx.addIssue({ code: 'custom', path: [note], message: `选择了“其他”，请注明${label}`, input: t[note] })
  }
}

export function targetingSchema(rules: RuleContext, lists: ResolvedValueLists) {
  return z
    .object({
      isTarget: requiredYesNo(F.isTarget.label),
      decidedOn: pastDate(F.decidedOn.label, rules),
      keyGroups: choices(F.keyGroups.label, lists.keyGroup),
      keyGroupNote: optionalText(F.keyGroupNote.label, 100),
      measures: choices(F.measures.label, lists.measure),
      measureNote: optionalText(F.measureNote.label, 100),
      actionPlans: choices(F.actionPlans.label, lists.actionPlan),
      actionPlanNote: optionalText(F.actionPlanNote.label, 100),
    })
    .superRefine(checkTargeting, whenValid('isTarget', ...GROUPS.flatMap((g) => [g.key, g.note])))
}

export type TargetingInput = z.input<ReturnType<typeof targetingSchema>>
export type TargetingDecision = z.output<ReturnType<typeof targetingSchema>>
