/**
 * National default lists about a person (the worker or a household member).
 * Labels are the seeds' wording; each list names the seed it came from.
 */
import { items, type ResolvedValueLists, type ValueList } from './value-list'

/** Seed 002 填表说明 2 and seed 003 填表说明 1. */
export const HARDSHIP_CATEGORIES = items(['dibao', '低保户'], ['dibao-edge', '低保边缘户'], ['accident', '意外致困户'])

/** Seed 001 附件1 (档案类型, 城镇困难职工 pre-printed); seed 003 names 困难农民工档案. */
export const FILE_TYPES = items(['urban-worker', '城镇困难职工'], ['migrant-worker', '困难农民工'])

/** Seed 001 一（三）1 困难职工建档条件, verbatim; `short` for pickers. */
export const FILING_CRITERIA: ValueList = [
  {
    code: 'below-dibao-unaided',
    short: '连续6个月低于低保标准且未获救助',
    label: '连续６个月以上家庭实际人均收入低于当地最低生活保障标准，未经政府救助，生活特别困难的职工家庭',
  },
  {
    code: 'dibao-still-hard',
    short: '低保户经救助后仍困难',
    label: '家庭人均收入低于当地最低生活保障标准，经政府救助后仍生活困难的职工家庭',
  },
  {
    code: 'edge-special-reason',
    short: '略高于低保标准但因病、因学、残疾、单亲等致困',
    label:
      '家庭人均收入略高于当地最低生活保障标准（可根据实际情况参照当地人民政府规定的低收入标准），但由于患病、子女上学、残疾、单亲及其他特殊原因造成生活困难的职工家庭',
  },
  {
    code: 'sudden-event',
    short: '低保标准3倍以内但因突发事件、意外伤害、重大疾病致困',
    label: '家庭人均收入在当地最低生活保障标准３倍（含）以内，但由于遭受突发事件、意外伤害、重大疾病或其他原因导致生活困难的职工家庭',
  },
  { code: 'migrant-worker', short: '符合上述条件之一的农民工家庭', label: '加入工会组织、按务工地标准且符合上述条件之一的农民工家庭' },
]

/** Seed 003 填表说明 2 (seed 002 gives the same without 其他). */
export const POLITICAL_STATUSES = items(
  ['cpc-member', '中共党员'],
  ['cyl-member', '共青团员'],
  ['masses', '群众'],
  ['democratic-party', '民主党派'],
  ['other', '其他'],
)

/** Seed 003 填表说明 4. */
export const HEALTH_STATUSES = items(
  ['good', '良好'],
  ['cancer', '癌症'],
  ['cardiovascular', '心血管病'],
  ['cerebrovascular', '脑血管病'],
  ['uremia', '尿毒症'],
  ['mental-illness', '精神病'],
  ['liver-disease', '肝病'],
  ['blood-disease', '血液病'],
  ['diabetes', '糖尿病'],
  ['tumour', '肿瘤病'],
  ['spine', '腰颈椎病'],
  ['hypertension', '高血压病'],
  ['lung-disease', '肺病'],
  ['general-illness', '一般疾病'],
  ['disability', '残疾'],
)

/**
 * 疾病/残疾类别 (seed 001; 残疾类别 in seeds 000/002): the seeds name the field
 * but give no items. The diseases of seed 003's health list, then the seven
 * disability categories of GB/T 26341-2010 (as on the 残疾人证).
 */
export const DISEASE_CATEGORIES: ValueList = [
  ...HEALTH_STATUSES.filter((item) => !['good', 'general-illness', 'disability'].includes(item.code)),
  ...items(
    ['disability-visual', '视力残疾'],
    ['disability-hearing', '听力残疾'],
    ['disability-speech', '言语残疾'],
    ['disability-physical', '肢体残疾'],
    ['disability-intellectual', '智力残疾'],
    ['disability-mental', '精神残疾'],
    ['disability-multiple', '多重残疾'],
    ['other', '其他'],
  ),
]

/** Seed 003 填表说明 5 (身份); seed 002 填表说明 5 lists four of them. */
export const WORK_STATUSES = items(
  ['on-duty', '在岗'],
  ['laid-off', '下（待）岗'],
  ['unemployed', '失（无）业'],
  ['retired', '退休'],
  ['retired-veteran', '离休'],
  ['sick-leave', '病休'],
  ['early-retired', '内退'],
  ['migrant-worker', '农民工'],
)

/** Seed 003 填表说明 15 (家庭成员身份), in its order: no 离休 there. */
export const MEMBER_IDENTITIES = items(
  ['model-worker', '劳模'],
  ['on-duty', '在岗'],
  ['laid-off', '下（待）岗'],
  ['unemployed', '失（无）业'],
  ['retired', '退休'],
  ['sick-leave', '病休'],
  ['early-retired', '内退'],
  ['migrant-worker', '农民工'],
  ['postgraduate', '研究生'],
  ['undergraduate', '大学生'],
  ['vocational', '中职中技'],
  ['senior-high', '高中'],
  ['junior-high', '初中'],
  ['primary', '小学'],
  ['preschool', '幼儿'],
)

/** The 劳模类型 code of a worker who is not a model worker. */
export const NOT_A_MODEL_WORKER = 'none'

/** Where a region's 劳模 list has no 非劳模 (seed 002 填表说明6), a person who is none leaves 劳模类型 blank. */
export function modelWorkerTypeRequired(lists: Pick<ResolvedValueLists, 'modelWorkerType'>): boolean {
  return lists.modelWorkerType.some((item) => item.code === NOT_A_MODEL_WORKER)
}

/** Seed 003 填表说明 6. */
export const MODEL_WORKER_TYPES = items(
  ['none', '非劳模'],
  ['national', '全国劳模'],
  ['provincial', '省部级劳模'],
  ['municipal', '地市级劳模'],
  ['other', '其他'],
)

/** Seed 002 填表说明 8 (order: 职工医保 first, as the most common); seed 000 *医保状况. */
export const MEDICAL_INSURANCE = items(['employee', '职工医保'], ['resident', '居民医保'], ['public', '公费医疗'], ['none', '无医保'])

/** Seed 003 填表说明 10. */
export const HUKOU_TYPES = items(['non-agricultural', '非农业'], ['agricultural', '农业'], ['converted', '农转居'])

/**
 * Seed 003 填表说明 15, with 本人 and 户主: seed 001 asks the relation to the
 * householder (关系（是户主的）), so the householder's own row reads 本人, and
 * where the worker is not the householder the householder's row reads 户主.
 */
export const RELATIONSHIPS = items(
  ['self', '本人'],
  ['householder', '户主'],
  ['father', '父亲'],
  ['mother', '母亲'],
  ['husband', '丈夫'],
  ['wife', '妻子'],
  ['son', '儿子'],
  ['daughter', '女儿'],
  ['other', '其他'],
)

/** No seed lists them (all mark *婚姻状况): GB/T 2261.2-2003 top level. */
export const MARITAL_STATUSES = items(['unmarried', '未婚'], ['married', '已婚'], ['widowed', '丧偶'], ['divorced', '离婚'])

/**
 * 当前学历 (seed 001 家庭成员信息, beside 入学年份 and 年制): no seed lists it.
 * Seed 003's student identities, with 大学生 split into 本科/专科.
 */
export const EDUCATION_LEVELS = items(
  ['postgraduate', '研究生'],
  ['bachelor', '大学本科'],
  ['associate', '大学专科'],
  ['vocational', '中职中技'],
  ['senior-high', '高中'],
  ['junior-high', '初中'],
  ['primary', '小学'],
  ['preschool', '学前教育'],
  ['other', '其他'],
)
