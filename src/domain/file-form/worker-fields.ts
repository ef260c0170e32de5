/**
 * The worker's part of the 困难职工档案表, as the applicant fills it: seed 001
 * 附件1 (the fullest form), required marks (*) from seeds 000 and 001.
 * Keys are the schema's keys, in the form's order.
 */
import type { FieldSpec } from './field-spec'

export const WORKER_FIELDS = {
  // 困难类别 and 建档标准 are decided at 建档 (seed 000 “*建档人或审核人确定”): what the applicant picks is a hint for staff.
  hardshipCategory: { label: '困难类别', kind: 'choice', required: false, list: 'hardshipCategory', description: '由建档工会确定；本人可选填，供工作人员参考' },
  fileType: { label: '档案类型', kind: 'choice', required: true, list: 'fileType', description: '申请的档案类型，建档时由工会确认' },
  filingCriterion: { label: '建档标准', kind: 'choice', required: false, list: 'filingCriterion', description: '由建档工会确定；本人可选填，供工作人员参考' },
  name: { label: '姓名', kind: 'person-name', required: true },
  ethnicity: { label: '民族', kind: 'choice', required: true, list: 'ethnicity' },
  politicalStatus: { label: '政治面貌', kind: 'choice', required: true, list: 'politicalStatus' },
  idNumber: { label: '身份证号', kind: 'id-number', required: true, description: '性别、出生日期、年龄由身份证号算出' },
  healthStatus: { label: '健康状况', kind: 'choice', required: true, list: 'healthStatus' },
  diseaseCategory: { label: '疾病/残疾类别', kind: 'choice', required: false, list: 'diseaseCategory' },
  workStatus: { label: '工作状态', kind: 'choice', required: true, list: 'workStatus' },
  workStart: { label: '工作时间', kind: 'month', required: true, description: '参加工作的年月' },
  modelWorkerType: { label: '劳模类型', kind: 'choice', required: true, list: 'modelWorkerType' },
  housingType: { label: '住房类型', kind: 'choice', required: true, list: 'housingType' },
  floorArea: { label: '建筑面积', kind: 'decimal', required: false, description: '平方米（m²），最多两位小数' },
  mobile: { label: '手机号码', kind: 'mobile', required: false },
  otherContact: { label: '其他联系方式', kind: 'text', required: false },
  postalCode: { label: '邮政编码', kind: 'postal-code', required: false },
  industry: { label: '所属行业', kind: 'choice', required: true, list: 'industry' },
  maritalStatus: { label: '婚姻状况', kind: 'choice', required: true, list: 'maritalStatus' },
  hukouType: { label: '户口类型', kind: 'choice', required: true, list: 'hukouType' },
  address: { label: '家庭住址', kind: 'text', required: true },
  employer: { label: '工作单位', kind: 'text', required: false },
  employerType: { label: '单位性质', kind: 'choice', required: false, list: 'employerType' },
  enterpriseStatus: { label: '企业状况', kind: 'choice', required: false, list: 'enterpriseStatus' },
  singleParent: { label: '是否单亲', kind: 'yes-no', required: false },
  medicalInsurance: { label: '医保状况', kind: 'choice', required: true, list: 'medicalInsurance' },
  monthlyIncome: { label: '本人月平均收入', kind: 'money', required: true, description: '元/月' },
  otherAnnualIncome: {
    label: '家庭其他非薪资年收入',
    kind: 'money',
    required: true,
    description: '元/年，包括银行利息、股票收益、出租租金、低保金、偶然所得等（荆门填表说明11）',
  },
  hukouRegionCode: { label: '户口所在地行政区划', kind: 'region-code', required: true, description: 'GB/T 2260 六位代码' },
  canSelfHelp: { label: '是否有一定自救能力', kind: 'yes-no', required: false },
  zeroEmployment: { label: '是否为零就业家庭', kind: 'yes-no', required: false },
  mainCause: { label: '主要致困原因', kind: 'choice', required: true, list: 'hardshipCause', description: '限选一项' },
  secondaryCauses: { label: '次要致困原因', kind: 'choices', required: false, list: 'hardshipCause', description: '0至3项，不含主要致困原因' },
  annualNecessaryExpense: { label: '年度必要支出', kind: 'money', required: false, description: '元/年' },
  causeNote: { label: '其他(文字描述)', kind: 'text', required: false, description: '选择“其他”致困原因时必填' },
  // Required where policy says so (FormPolicy.bankDetailsRequired: seed 000 stars them, seeds 001 and 002 do not).
  bankName: { label: '开户银行', kind: 'text', required: true },
  bankBranch: { label: '支行名称', kind: 'text', required: true },
  bankCardNumber: { label: '银行卡号', kind: 'bank-card', required: true, description: '12至19位数字' },
  attachments: { label: '附件', kind: 'rows', required: false },
  remark: { label: '备注', kind: 'text', required: false },
  members: { label: '家庭成员', kind: 'rows', required: false, description: '不含职工本人；家庭人口 = 职工本人 + 家庭成员' },
} as const satisfies Record<string, FieldSpec>

/** One row of 附件: seed 001 附件1 (附件名称, 附件类型, 备注). */
export const ATTACHMENT_FIELDS = {
  type: { label: '附件类型', kind: 'choice', required: true, list: 'attachmentType' },
  name: { label: '附件名称', kind: 'text', required: true },
  remark: { label: '备注', kind: 'text', required: false },
  uploadId: { label: '照片', kind: 'text', required: false, description: '证明材料的照片（本人上传）' },
} as const satisfies Record<string, FieldSpec>
