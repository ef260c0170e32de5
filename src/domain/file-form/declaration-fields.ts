/**
 * 家庭财产、收支情况及致困原因申报表 (seed 001 附件2), the applicant's own
 * declaration. Its header (姓名, 性别, 年龄, 身份证号, 婚姻状况, 工作单位,
 * 家庭人口) and its 主要致困原因 are printed from the 档案表, not typed again.
 * Labels are the seed's; the seed's parentheses go to `description`.
 */
import type { FieldSpec } from './field-spec'

export const DECLARATION_FIELDS = {
  year: { label: '申报年度', kind: 'year', required: true },
  ownWagesHalfYear: { label: '本人近半年工薪总收入', kind: 'money', required: true, description: '元' },
  householdWagesHalfYear: { label: '全家工薪总收入', kind: 'money', required: true, description: '元，近半年（与本人近半年工薪总收入同期）' },
  ownNonWageIncomeYear: { label: '本人本年度非工薪总收入', kind: 'money', required: true, description: '元，包括投资收入、利息、稿费、救济等' },
  householdNonWageIncomeYear: {
    label: '全家年度非工薪总收入',
    kind: 'money',
    required: true,
    description: '元，包括离退休金、社会救济、经营净收入、租金收入、利息、红利、稿费等所有收入',
  },
  householdIncomeHalfYear: {
    label: '全部家庭成员近6个月总收入',
    kind: 'money',
    required: true,
    description: '元，包括离退休金、工薪收入、经营净收入、投资收入、租金、利息、稿费、救济等',
  },
  // 家庭可支配收入 = 家庭总收入 − 缴纳所得税 − 社会保障支出 (seed 001 一（三）2); seed 002 names the
  // personal pension, medical and unemployment contributions. Same 6 months as the total above.
  incomeTaxHalfYear: { label: '近6个月缴纳个人所得税', kind: 'money', required: false, description: '元，全部家庭成员同期合计，没有填0或不填' },
  pensionContributionHalfYear: { label: '近6个月养老保险个人缴纳部分', kind: 'money', required: false, description: '元，全部家庭成员同期合计' },
  medicalContributionHalfYear: { label: '近6个月医疗保险个人缴纳部分', kind: 'money', required: false, description: '元，全部家庭成员同期合计' },
  unemploymentContributionHalfYear: { label: '近6个月失业保险个人缴纳部分', kind: 'money', required: false, description: '元，全部家庭成员同期合计' },
  receivesDibao: {
    label: '是否正在领取低保',
    kind: 'yes-no',
    required: true,
    description: '本户是否正在领取政府最低生活保障金（以民政部门发放为准）',
  },
  ownedHomes: { label: '自有产权住房（套）', kind: 'integer', required: true },
  shopArea: { label: '经营性商业店铺（m2）', kind: 'decimal', required: false, description: '平方米，最多两位小数' },
  // An exclusion is a yes/no: what someone writes in a box ("无车") must never exclude them.
  usesVehicles: {
    label: '非受雇佣机动车、船、工程机械及大型农机具等',
    kind: 'yes-no',
    required: false,
    description: '家庭是否拥有或经常使用（受雇佣驾驶的除外）；不选视为“否”',
  },
  vehicles: { label: '车辆、船舶或机械说明', kind: 'text', required: false, description: '选“是”时可注明种类、数量' },
  otherAssets: { label: '其它资产', kind: 'text', required: false },
  basicLivingExpense: { label: '日常基本生活开支', kind: 'money', required: false, description: '元/年' },
  medicalExpense: { label: '医疗费', kind: 'money', required: false, description: '元/年，提供医疗费用结算收据复印件' },
  schoolingExpense: { label: '子女上学', kind: 'money', required: false, description: '元/年' },
  homeOrCarExpense: { label: '购房、购车', kind: 'money', required: false, description: '元/年' },
  otherExpense: { label: '其他支出', kind: 'money', required: false, description: '元/年' },
  otherExpenseName: { label: '其他支出名称', kind: 'text', required: false, description: '填了其他支出时必填（注明名称）' },
} as const satisfies Record<string, FieldSpec>
