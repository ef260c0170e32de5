/**
 * Jingmen (seed 002, 荆工办发电〔2018〕2号, Hubei): “四类重点群体 / 五个一批 /
 * 五个行动计划”, its four 认定标准 (三) and its 填表说明. Its shorter cause
 * wording (致困原因(个人或家庭成员)) keeps the national codes.
 */
import { JINGMEN_FIVE_ACTION_PLANS, JINGMEN_FIVE_BATCH_MEASURES, JINGMEN_FOUR_KEY_GROUPS } from './assistance-targeting-lists'
import { EMPLOYER_TYPES, ENTERPRISE_STATUSES, HARDSHIP_CAUSES, HOUSING_TYPES } from './household-lists'
import { MODEL_WORKER_TYPES, POLITICAL_STATUSES, WORK_STATUSES } from './person-lists'
import { relabel, type ValueList, type ValueListSet } from './value-list'

/** The items of `list` with these codes, in the order given (a seed's own order), under the seed's wording. */
function pick(list: ValueList, codes: readonly string[], labels: Readonly<Record<string, string>> = {}): ValueList {
  return relabel(
    codes.map((code) => {
      const item = list.find((i) => i.code === code)
      if (!item) throw new Error(`取值列表中没有${code}`)
      return item
    }),
    labels,
  )
}

/**
 * Seed 002 填表说明 3, 5, 6, 7, 9, 10: Jingmen's own lists, so the picker offers
 * exactly what its instructions say. 劳模类别 has no 非劳模: a worker who is
 * not a model worker leaves it blank (file-form.schema.ts).
 */
const JINGMEN_LISTS = {
  politicalStatus: pick(POLITICAL_STATUSES, ['cpc-member', 'cyl-member', 'masses', 'democratic-party']),
  workStatus: pick(WORK_STATUSES, ['on-duty', 'laid-off', 'sick-leave', 'early-retired']),
  modelWorkerType: pick(MODEL_WORKER_TYPES, ['national', 'provincial', 'municipal']),
  housingType: pick(HOUSING_TYPES, ['self-built', 'commercial', 'affordable', 'price-capped', 'unit-rental', 'public-rental', 'rented', 'other']),
  employerType: pick(EMPLOYER_TYPES, ['government', 'state-owned', 'non-public']),
  enterpriseStatus: pick(ENTERPRISE_STATUSES, ['normal', 'half-halted', 'halted', 'bankrupt'], { bankrupt: '破产' }),
}

/** Seed 002 三、认定标准, verbatim; the codes of the national criteria they correspond to. */
const JINGMEN_FILING_CRITERIA: ValueList = [
  {
    code: 'below-dibao-unaided',
    short: '连续6个月低于低保标准且未获救助',
    label: '家庭人均可支配收入连续六个月（含）以上低于当地最低生活保障标准，未经政府救助，生活特别困难的职工家庭',
  },
  { code: 'dibao-still-hard', short: '低保户经救助后仍困难', label: '家庭人均年可支配收入低于当地最低生活保障标准，经政府救助后仍生活困难的职工家庭' },
  {
    code: 'edge-special-reason',
    short: '低保标准150%以内但因病、因学、残疾、单亲等致困',
    label:
      '家庭人均年可支配收入在当地最低生活保障标准150%（含）以内，但由于本人及家庭成员患病、子女上学、残疾、单亲及其他特殊原因造成家庭实际人均年收入达到或低于当地最低生活保障标准的职工家庭',
  },
  {
    code: 'sudden-event',
    short: '低保标准300%以内但因突发事件、意外伤害、重大疾病致困',
    label:
      '家庭人均年可支配收入在当地最低生活保障标准300%（含）以内，但由于遭受突发事件、意外伤害、重大疾病及其他原因导致生活困难，家庭总收入除去困难情形引发的必要费用支出后，家庭实际人均年收入达到或低于当地最低生活保障标准的职工家庭',
  },
]

/** Seed 002 困难城镇职工档案表填表说明, verbatim, numbering dropped. */
const JINGMEN_INSTRUCTIONS = [
  '职工编号：基层工会不填。',
  '困难类别：填写“低保户”、“低保边缘户”或“意外致困户”。',
  '政治面貌：填写“中共党员”、“共青团员”、“群众”或“民主党派”。',
  '健康状况：填写“良好”或困难职工所患的主要疾病名称。',
  '工作状况：填写“在岗”、“下（待）岗”、“病休”、“内退”。',
  '劳模类别：填写“全国劳模”、“省部级劳模”或“地市级劳模”。',
  '住房类型：填写“自建房”“商品房”“经济适用房”“两限房”“承租单位公房”“政府廉租房”“租房”或“其他”。',
  '医保类型：填写“居民医保”、“职工医保”、“无医保”、“公费医疗”。',
  '单位性质：填写“国家机关/事业单位”、“国有企业”、“非公企业”。',
  '企业状况：填写“正常”、“半停产”、“停产”、“破产”。',
  '家庭其他非薪资收入：包括银行利息、股票收益、出租租金、低保金、偶然所得等。未外出就业的农民收入无法计算时，统一确定一定数额纳入家庭非薪资年度收入。',
  '家庭成员关系：主要以户籍关系为家庭成员填写。',
]

export const JINGMEN_SET: ValueListSet = {
  id: 'jingmen',
  name: '荆门',
  extends: 'national',
  lists: {
    ...JINGMEN_LISTS,
    // Seed 002 附件1: 四类重点群体, “五个一批”措施, 五个行动计划.
    keyGroup: JINGMEN_FOUR_KEY_GROUPS,
    measure: JINGMEN_FIVE_BATCH_MEASURES,
    actionPlan: JINGMEN_FIVE_ACTION_PLANS,
    // Seed 002 附件1: 致困原因(个人或家庭成员).
    hardshipCause: relabel(HARDSHIP_CAUSES, { 'unable-to-work': '无劳动能力', 'serious-illness': '重特大疾病' }),
    filingCriterion: JINGMEN_FILING_CRITERIA,
  },
  instructions: JINGMEN_INSTRUCTIONS,
}
