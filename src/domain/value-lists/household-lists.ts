/**
 * National default lists about the household, its housing and work, and the
 * causes of hardship. Labels are the seeds' wording; sources noted per list.
 */
import { items } from './value-list'

/** Seed 002 填表说明 7 and seed 003 填表说明 7, merged (002's order, 003's 自购房 and 无房 added). */
export const HOUSING_TYPES = items(
  ['self-built', '自建房'],
  ['commercial', '商品房'],
  ['affordable', '经济适用房'],
  ['price-capped', '两限房'],
  ['unit-rental', '承租单位公房'],
  ['public-rental', '政府廉租房'],
  ['self-purchased', '自购房'],
  ['rented', '租房'],
  ['none', '无房'],
  ['other', '其他'],
)

/**
 * Seed 003 填表说明 8 (住房面积, m²): Shaoxing's own bands. Everywhere 建筑面积
 * is typed in m² (the seeds' 档案表); where a region has bands, the band is
 * read off the area (`floorAreaBandCode`), never typed. The national list is empty.
 */
export const FLOOR_AREA_BANDS = items(['under-20', '20以下'], ['20-50', '20至50'], ['50-70', '50至70'], ['over-70', '70以上'])

/** The band an area falls in: 20以下 is below 20, 20至50 up to and including 50, 50至70 up to and including 70. */
export function floorAreaBandCode(m2: number): string {
  if (m2 < 20) return 'under-20'
  if (m2 <= 50) return '20-50'
  if (m2 <= 70) return '50-70'
  return 'over-70'
}

/** Seed 003 填表说明 11 with seed 002 填表说明 9's wording (国家机关) and its 非公企业. */
export const EMPLOYER_TYPES = items(
  ['government', '国家机关/事业单位'],
  ['state-owned', '国有企业'],
  ['collective', '集体企业'],
  ['private', '民营/私营/个体企业'],
  ['hk-macao-taiwan', '与港澳台合资/合作'],
  ['sino-foreign', '中外合资/合作'],
  ['non-public', '非公企业'],
  ['other', '其他'],
)

/**
 * Seed 002 填表说明 10 (正常、半停产、停产、破产) and seed 003 填表说明 12
 * (亏损企业、改制企业、关闭破产企业、其他), merged in the wording of seed 003;
 * Jingmen's set words 破产 as its seed does.
 */
export const ENTERPRISE_STATUSES = items(
  ['normal', '正常'],
  ['half-halted', '半停产'],
  ['halted', '停产'],
  ['loss-making', '亏损企业'],
  ['restructured', '改制企业'],
  ['bankrupt', '关闭破产企业'],
  ['other', '其他'],
)

/** Seed 003 填表说明 9, in its order. */
export const INDUSTRIES = items(
  ['agriculture', '农、林、牧、渔业'],
  ['finance-insurance', '金融保险业'],
  ['social-services', '社会服务业'],
  ['education', '教育'],
  ['science-technology', '科技'],
  ['culture', '文化'],
  ['sports', '体育'],
  ['religion', '宗教'],
  ['health-care', '医疗卫生'],
  ['military', '军队'],
  ['state-organs', '国家机关'],
  ['textile', '纺织系统'],
  ['metallurgy', '冶金系统'],
  ['coal', '煤炭系统'],
  ['machinery-electrical', '机电系统'],
  ['electronics-instruments', '电子仪表'],
  ['chemical', '化工系统'],
  ['national-defence', '国防系统'],
  ['urban-construction', '城建系统'],
  ['precision-engineering', '精工系统'],
  ['finance-trade', '财贸系统'],
  ['pharmaceutical', '医药系统'],
  ['other', '其他'],
)

/** The national ten: seed 000 致困原因(选项), the same in seed 001 附件2. */
export const HARDSHIP_CAUSES = items(
  ['unable-to-work', '家庭成员无劳动能力'],
  ['able-but-unemployed', '有劳动能力而未就业'],
  ['laid-off', '下岗失业'],
  ['no-social-insurance', '未参加社会保险'],
  ['insurance-not-delivered', '社会保险待遇落实不到位'],
  ['serious-illness', '家庭成员患重特大疾病'],
  ['natural-disaster', '遭受自然灾害'],
  ['accident', '遭受意外事故'],
  ['schooling', '子女上学'],
  ['other', '其他'],
)

/**
 * 附件类型: the papers seed 001 一（三）5 asks for (一本), the declaration's
 * medical receipts, and seed 004's 授权书, 工资收入证明 and 致困证明.
 */
export const ATTACHMENT_TYPES = items(
  ['labour-contract', '劳动合同书'],
  ['declaration', '家庭财产、收支情况及致困原因申报表'],
  ['id-card', '身份证复印件'],
  ['household-register', '户口簿复印件'],
  ['wage-certificate', '职工（家庭成员）工资收入证明'],
  ['hardship-proof', '致困证明'],
  ['medical-receipts', '医疗费用结算收据复印件'],
  ['authorisation', '授权书（声明书）'],
  ['other', '其他'],
)
