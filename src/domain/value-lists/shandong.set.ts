/**
 * Shandong (seed 000, 中国教育工会山东省委员会, 困难职工档案表): the ACFTU
 * template's “五类重点群体 / 四个一批 / 七个行动计划” and cause list, pinned
 * here so a later change of the national default does not move them.
 */
import { FIVE_KEY_GROUPS, FOUR_BATCH_MEASURES, SEVEN_ACTION_PLANS } from './assistance-targeting-lists'
import { HARDSHIP_CAUSES } from './household-lists'
import type { ValueListSet } from './value-list'

export const SHANDONG_SET: ValueListSet = {
  id: 'shandong',
  name: '山东',
  extends: 'national',
  lists: {
    // Seed 000 附件: 五类重点群体, “四个一批”措施, 七个行动计划, 致困原因(选项).
    keyGroup: FIVE_KEY_GROUPS,
    measure: FOUR_BATCH_MEASURES,
    actionPlan: SEVEN_ACTION_PLANS,
    hardshipCause: HARDSHIP_CAUSES,
  },
}
