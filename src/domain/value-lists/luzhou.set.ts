/**
 * Luzhou (seed 001, 泸工发〔2018〕10号): its forms use the ACFTU “四个一批”
 * measures and “七个行动计划” (附件3 联系卡, 附件4 认定书), the national ten
 * causes (附件2 申报表) and the five filing criteria (一（三）1), pinned here.
 * The seed prints no 重点群体 items: the national five are inherited.
 */
import { FOUR_BATCH_MEASURES, SEVEN_ACTION_PLANS } from './assistance-targeting-lists'
import { HARDSHIP_CAUSES } from './household-lists'
import { FILE_TYPES, FILING_CRITERIA } from './person-lists'
import type { ValueListSet } from './value-list'

export const LUZHOU_SET: ValueListSet = {
  id: 'luzhou',
  name: '泸州',
  extends: 'national',
  lists: {
    // Seed 001 附件3/附件4: 解困脱困措施选项, 解困脱困计划选项.
    measure: FOUR_BATCH_MEASURES,
    actionPlan: SEVEN_ACTION_PLANS,
    // Seed 001 附件2: 主要致困原因.
    hardshipCause: HARDSHIP_CAUSES,
    // Seed 001 一（三）1 and 附件1 (*档案类型, *建档标准).
    filingCriterion: FILING_CRITERIA,
    fileType: FILE_TYPES,
  },
  // Seed 001 附件1: 次要致困原因（0-3项）.
  maxSecondaryCauses: 3,
}
