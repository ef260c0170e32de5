/**
 * One household member (家庭成员信息表格, seed 001 附件1), required marks (*)
 * from that table. A member may be a minor: the whole row is personal data
 * and a child under 14's is sensitive personal information (个人信息保护法
 * 第二十八条): show it masked, as the worker's, and only to those responsible.
 */
import type { FieldSpec } from './field-spec'

export const MEMBER_FIELDS = {
  name: { label: '姓名', kind: 'person-name', required: true },
  relationship: { label: '关系', kind: 'choice', required: true, list: 'relationship', description: '与户主的关系（以户籍关系为准）' },
  ethnicity: { label: '民族', kind: 'choice', required: true, list: 'ethnicity' },
  idNumber: { label: '身份证号', kind: 'id-number', required: true, description: '性别、出生日期、年龄由身份证号算出' },
  politicalStatus: { label: '政治面貌', kind: 'choice', required: false, list: 'politicalStatus' },
  monthlyIncome: { label: '月收入', kind: 'money', required: true, description: '元/月，无收入填0' },
  modelWorkerType: { label: '劳模类型', kind: 'choice', required: true, list: 'modelWorkerType' },
  healthStatus: { label: '健康状况', kind: 'choice', required: true, list: 'healthStatus' },
  diseaseCategory: { label: '疾病/残疾类别', kind: 'choice', required: false, list: 'diseaseCategory' },
  medicalInsurance: { label: '医保状况', kind: 'choice', required: true, list: 'medicalInsurance' },
  maritalStatus: { label: '婚姻状况', kind: 'choice', required: true, list: 'maritalStatus' },
  hukouType: { label: '户口类型', kind: 'choice', required: true, list: 'hukouType' },
  mobile: { label: '手机号码', kind: 'mobile', required: false },
  otherContact: { label: '其它联系方式', kind: 'text', required: false },
  identity: { label: '人员身份', kind: 'choice', required: true, list: 'memberIdentity' },
  education: { label: '当前学历', kind: 'choice', required: false, list: 'education' },
  enrolmentYear: { label: '入学年份', kind: 'year', required: false },
  schoolingYears: { label: '年制', kind: 'integer', required: false, description: '学制年数' },
  employerOrSchool: { label: '单位或学校', kind: 'text', required: false },
  employerType: { label: '单位性质', kind: 'choice', required: false, list: 'employerType' },
  enterpriseStatus: { label: '企业状况', kind: 'choice', required: false, list: 'enterpriseStatus' },
  industry: { label: '所属行业', kind: 'choice', required: false, list: 'industry' },
  workStatus: { label: '工作状态', kind: 'choice', required: false, list: 'workStatus' },
  contractDate: { label: '劳动合同签订/入伍时间', kind: 'date', required: false },
  contractTerm: { label: '合同期限', kind: 'text', required: false, description: '如“3年”或“无固定期限”' },
  remark: { label: '备注', kind: 'text', required: false },
} as const satisfies Record<string, FieldSpec>

/** 家庭成员2 → “家庭成员2的身份证号”: every member message names the member by position (1-based). */
export function memberLabel(index: number, label: string): string {
  return `家庭成员${index + 1}的${label}`
}
