/**
 * Assistance targeting, filled by the 建档人 or 审核人 (seeds 000 and 002:
 * “确定困难职工是否为解困脱困对象（是 否）（确定时间）”, then the options of
 * 重点群体, 措施 and 行动计划, each with a “其他（注明）” item).
 */
import type { FieldSpec } from './field-spec'

export const TARGETING_FIELDS = {
  isTarget: { label: '是否为解困脱困对象', kind: 'yes-no', required: true },
  decidedOn: { label: '确定时间', kind: 'date', required: true },
  keyGroups: { label: '重点群体', kind: 'choices', required: false, list: 'keyGroup', description: '解困脱困对象必选' },
  keyGroupNote: { label: '重点群体“其他”的说明', kind: 'text', required: false },
  measures: { label: '解困脱困措施', kind: 'choices', required: false, list: 'measure', description: '解困脱困对象必选' },
  measureNote: { label: '解困脱困措施“其他”的说明', kind: 'text', required: false },
  actionPlans: { label: '行动计划', kind: 'choices', required: false, list: 'actionPlan', description: '解困脱困对象必选' },
  actionPlanNote: { label: '行动计划“其他”的说明', kind: 'text', required: false },
} as const satisfies Record<string, FieldSpec>
