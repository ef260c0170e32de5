/**
 * 重点群体 / 措施 / 行动计划 for assistance targeting, filled by staff.
 * Two families in the seeds: the ACFTU 2016 template ("五类重点群体",
 * "四个一批", "七个行动计划") and Jingmen's Hubei variant ("四类",
 * "五个一批", "五个行动计划"). Items that mean the same thing share a code
 * across regions so statistics add up; the label is the region's wording.
 */
import { items } from './value-list'

/** 五类重点群体: seed 000 附件 (困难职工档案表). */
export const FIVE_KEY_GROUPS = items(
  ['able-but-underemployed', '低保范围内有劳动能力而未充分就业'],
  ['below-dibao-uncovered', '收入或生活水平低于低保线而未纳入低保'],
  ['expenditure-hardship', '支出性生活困难'],
  ['urban-migrant-worker', '城市困难农民工'],
  ['supply-side-reform', '供给侧结构性改革中的困难职工'],
  ['other', '其他（注明）'],
)

/** “四个一批”措施: seed 000 附件; the same in seed 001 附件3 and 附件4. */
export const FOUR_BATCH_MEASURES = items(
  ['employment', '就业创业发展'],
  ['social-insurance', '纳入社保制度覆盖'],
  ['medical-protection', '纳入大病保险和医疗互助保险保障'],
  ['social-assistance', '社会救助兜底'],
  ['other', '其他（注明）'],
)

/** 七个行动计划 (eight items with 其他): seed 000 附件; the same in seed 001 附件3 and 附件4. */
export const SEVEN_ACTION_PLANS = items(
  ['skills-training', '技能培训促就业计划'],
  ['entrepreneurship-aid', '创业援助计划'],
  ['sunshine-employment', '阳光就业计划'],
  ['medical-mutual-aid', '职工医疗互助计划'],
  ['study-aid', '金秋助学计划'],
  ['one-to-one', '一帮一结对计划'],
  ['warmth', '送温暖精准化计划'],
  ['other', '其他（注明）'],
)

/** 四类重点群体: seed 002 附件1 (Jingmen drops 城市困难农民工). */
export const JINGMEN_FOUR_KEY_GROUPS = items(
  ['able-but-underemployed', '低保范围内有劳动能力而未充分就业'],
  ['below-dibao-uncovered', '收入或生活水平低于低保线而未纳入低保'],
  ['expenditure-hardship', '支出性生活困难'],
  ['supply-side-reform', '供给侧结构性改革中的困难职工'],
  ['other', '其他（注明）'],
)

/** “五个一批”措施: seed 002 附件1 (adds 助学; words the medical batch as 医疗帮扶救助). */
export const JINGMEN_FIVE_BATCH_MEASURES = items(
  ['employment', '就业创业发展'],
  ['social-insurance', '纳入社保制度覆盖'],
  ['medical-protection', '纳入大病保险和医疗帮扶救助'],
  ['study-aid', '纳入助学帮扶救助'],
  ['social-assistance', '社会救助兜底'],
  ['other', '其他（注明）'],
)

/** 五个行动计划: seed 002 附件1 (助学帮扶计划 in place of 金秋助学计划). */
export const JINGMEN_FIVE_ACTION_PLANS = items(
  ['skills-training', '技能培训促就业计划'],
  ['entrepreneurship-aid', '创业援助计划'],
  ['study-aid', '助学帮扶计划'],
  ['one-to-one', '一帮一结对计划'],
  ['warmth', '送温暖精准化计划'],
  ['other', '其他（注明）'],
)
