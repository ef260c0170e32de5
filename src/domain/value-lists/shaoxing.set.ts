/**
 * Shaoxing (seed 003, 绍市总工办发[2010]53号): its own cause list (致困主要原因,
 * at most three in all, so at most two besides the main one), the 2010 wording
 * of 单位性质 and 企业状况, its six housing types, and its 填表说明 verbatim.
 */
import { EMPLOYER_TYPES, ENTERPRISE_STATUSES, FLOOR_AREA_BANDS } from './household-lists'
import { RELATIONSHIPS } from './person-lists'
import { items, relabel, type ValueListSet } from './value-list'

/** Seed 003 填表说明 18. Meanings shared with the national list keep its codes. */
const SHAOXING_CAUSES = items(
  ['own-serious-illness', '本人大病'],
  ['dependant-serious-illness', '供养直系亲属大病'],
  ['accident-disaster', '意外灾害'],
  ['schooling', '子女上学'],
  ['disability', '残疾'],
  ['low-income', '收入低无法维持基本生活'],
  ['laid-off', '下岗失业'],
  ['other', '其他'],
)

/** Seed 003 填表说明 7. */
const SHAOXING_HOUSING_TYPES = items(
  ['unit-rental', '承租单位公房'],
  ['public-rental', '政府廉租房'],
  ['self-purchased', '自购房'],
  ['none', '无房'],
  ['rented', '租房'],
  ['other', '其他'],
)

/** Seed 003 填表说明 11: no 非公企业; 国有机关 for 国家机关. */
const SHAOXING_EMPLOYER_TYPES = relabel(
  EMPLOYER_TYPES.filter((item) => item.code !== 'non-public'),
  { government: '国有机关/事业单位' },
)

/** Seed 003 填表说明 12, in its order: 亏损企业、改制企业、关闭破产企业、正常、其他 (no 半停产/停产). */
const SHAOXING_ENTERPRISE_STATUSES = ['loss-making', 'restructured', 'bankrupt', 'normal', 'other'].map(
  (code) => ENTERPRISE_STATUSES.find((item) => item.code === code)!,
)

/** Seed 003 填表说明 14 (是否进入医保): 是 or 否; 否 shares the national 无医保's code. */
const SHAOXING_MEDICAL_INSURANCE = items(['insured', '是'], ['none', '否'])

/** Seed 003 填表说明 15: 父亲…女儿, 其他 (no 本人 or 户主 in its list). */
const SHAOXING_RELATIONSHIPS = RELATIONSHIPS.filter((item) => !['self', 'householder'].includes(item.code))

/** Seed 003 填表说明, verbatim, numbering dropped. */
const SHAOXING_INSTRUCTIONS = [
  '困难类别：请填写“低保户”、“低保边缘户”或“意外致困户”。',
  '政治面貌：请填写“中共党员”、“共青团员”、“群众”、“民主党派”或“其他”。',
  '身份证号：必须是15位或18位。',
  '健康状况：请填写“良好”、“癌症”、“心血管病”、“脑血管病”、“尿毒症”、“精神病”、“肝病”、“血液病”、“糖尿病”、“肿瘤病”、“腰颈椎病”、“高血压病”、“肺病”、“一般疾病”、“残疾”。',
  '身份：请填写“在岗”、“下（待）岗”、“失（无）业”、“退休”、“离休”、“病休”、“内退”或“农民工”。',
  '劳模类别：请填写“非劳模”、“全国劳模”、“省部级劳模”、“地市级劳模”、或“其他”。',
  '住房类型：请填写“承租单位公房”、“政府廉租房”、“自购房”、“无房”、“租房”或“其他”。',
  '住房面积：请填写“20以下”“20至50”、“50至70”或“70以上”。',
  '所属行业：请填写“农、林、牧、渔业”、“金融保险业”、“社会服务业”、“教育”、“科技”、“文化”、“体育”、“宗教”、“医疗卫生”、“军队”、“国家机关”、“纺织系统”、“冶金系统”、“煤炭系统”、“机电系统”、“电子仪表”、“化工系统”、“国防系统”、“城建系统”、“精工系统”、“财贸系统”、“医药系统”还是“其他”。',
  '户口类型：请填写“非农业”、“农业”或“农转居”。',
  '单位性质：请填写“国有机关/事业单位”、“国有企业”、“集体企业”、“民营/私营/个体企业”、“与港澳台合资/合作”、“中外合资/合作”或“其他”。',
  '企业状况：请填写“亏损企业”、“改制企业”、 “关闭破产企业”、“正常”或“其他”。',
  '是否单亲：请填写“是”或“否”。',
  '是否进入医保：请填写“是”或“否”。',
  '家庭成员关系中，关系请填写“父亲”、“母亲”、“丈夫”、“妻子”、“儿子”、“女儿”或“其他”，政治面貌、身份证号、健康状况参见前文所述，身份请填写“劳模”、“在岗”、“下（待）岗”、“失（无）业”、“退休”、“病休”、“内退”、“农民工”、“研究生”、“大学生”、“中职中技”、“高中”、“初中”、 “小学”或“幼儿”。',
  '是否有一定自救能力：请填写“是”或“否”。',
  '是否为零就业家庭:：请填写“是”或“否”。',
  '致困主要原因：请填写“本人大病”、“供养直系亲属大病”、“意外灾害”、“子女上学”、“残疾”、“收入低无法维持基本生活”、“下岗失业”、“其他”中的一项或多项，最多不超过3项。',
]

export const SHAOXING_SET: ValueListSet = {
  id: 'shaoxing',
  name: '绍兴',
  extends: 'national',
  lists: {
    hardshipCause: SHAOXING_CAUSES,
    housingType: SHAOXING_HOUSING_TYPES,
    employerType: SHAOXING_EMPLOYER_TYPES,
    enterpriseStatus: SHAOXING_ENTERPRISE_STATUSES,
    medicalInsurance: SHAOXING_MEDICAL_INSURANCE,
    relationship: SHAOXING_RELATIONSHIPS,
    floorArea: FLOOR_AREA_BANDS,
  },
  // 填表说明 18: “最多不超过3项” counts the main cause too.
  maxSecondaryCauses: 2,
  instructions: SHAOXING_INSTRUCTIONS,
}
