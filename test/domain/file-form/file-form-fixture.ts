/** A complete 档案表 for a Jingmen household of three, as a client would send it (money in yuan). */
import { checkCharacter } from '../../../src/domain/shared/id-number'

export const TODAY = '2026-11-22'

/** A valid 18-character ID from its first 17 digits. */
export const validId = (first17: string) => first17 + checkCharacter(first17)

/** The same ID with a wrong check character. */
export const badCheckId = (first17: string) => first17 + (checkCharacter(first17) === '0' ? '1' : '0')

export const WORKER_ID = validId('42080219800315001') // 男, 1980-03-15
export const SPOUSE_ID = validId('42080219820611002') // 女, 1982-06-11
export const CHILD_ID = validId('42080220100901003') // 男, 2010-09-01: a minor

export function spouse(): Record<string, unknown> {
  return {
    name: '李秀英',
    relationship: 'wife',
    ethnicity: '01',
    idNumber: SPOUSE_ID,
    politicalStatus: 'masses',
    monthlyIncome: '800.50',
    modelWorkerType: 'none',
    healthStatus: 'cancer',
    diseaseCategory: 'cancer',
    medicalInsurance: 'resident',
    maritalStatus: 'married',
    hukouType: 'non-agricultural',
    mobile: '13800000002',
    otherContact: '微信 lixiuying',
    identity: 'unemployed',
    employerOrSchool: '荆门纺织厂',
    employerType: 'non-public',
    enterpriseStatus: 'bankrupt',
    industry: 'textile',
    workStatus: 'unemployed',
    contractDate: '2005-03-01',
    contractTerm: '5年',
    remark: '化疗中',
  }
}

export function child(): Record<string, unknown> {
  return {
    name: '王小明',
    relationship: 'son',
    ethnicity: '01',
    idNumber: CHILD_ID,
    monthlyIncome: 0,
    modelWorkerType: 'none',
    healthStatus: 'good',
    medicalInsurance: 'resident',
    maritalStatus: 'unmarried',
    hukouType: 'non-agricultural',
    identity: 'senior-high',
    education: 'senior-high',
    enrolmentYear: 2025,
    schoolingYears: 3,
    employerOrSchool: '荆门市第一中学',
  }
}

export function completeForm(): Record<string, unknown> {
  return {
    hardshipCategory: 'dibao-edge',
    fileType: 'urban-worker',
    filingCriterion: 'edge-special-reason',
    name: '王建国',
    ethnicity: '01',
    politicalStatus: 'cpc-member',
    idNumber: WORKER_ID,
    healthStatus: 'good',
    workStatus: 'laid-off',
    workStart: '1999-07',
    modelWorkerType: 'none',
    housingType: 'rented',
    floorArea: '35.5',
    mobile: '13800000001',
    otherContact: '0724-1234567',
    postalCode: '448000',
    industry: 'textile',
    maritalStatus: 'married',
    hukouType: 'non-agricultural',
    address: '湖北省荆门市东宝区象山大道1号',
    employer: '荆门纺织厂',
    employerType: 'non-public',
    enterpriseStatus: 'bankrupt',
    singleParent: false,
    medicalInsurance: 'employee',
    monthlyIncome: '1500',
    otherAnnualIncome: 1200.5,
    hukouRegionCode: '420802',
    canSelfHelp: true,
    zeroEmployment: false,
    mainCause: 'laid-off',
    secondaryCauses: ['serious-illness', 'schooling'],
    annualNecessaryExpense: '30000',
    causeNote: '妻子患癌症化疗，儿子读高中',
    bankName: '中国工商银行',
    bankBranch: '荆门东宝支行',
    bankCardNumber: '6222 0212 3456 7890 123',
    attachments: [
      { type: 'id-card', name: '王建国身份证（正面）', remark: '正反面' },
      { type: 'id-card', name: '王建国身份证（反面）' },
      { type: 'household-register', name: '户口簿本人页' },
    ],
    remark: '2018年3月入户核实',
    members: [spouse(), child()],
  }
}

/** Only the starred fields. */
export function minimalForm(): Record<string, unknown> {
  const keep = [
    ...['hardshipCategory', 'fileType', 'filingCriterion', 'name', 'ethnicity', 'politicalStatus', 'idNumber', 'healthStatus', 'workStatus'],
    ...['workStart', 'modelWorkerType', 'housingType', 'industry', 'maritalStatus', 'hukouType', 'address', 'medicalInsurance'],
    ...['monthlyIncome', 'otherAnnualIncome', 'hukouRegionCode', 'mainCause', 'bankName', 'bankBranch', 'bankCardNumber', 'attachments'],
  ]
  const form = completeForm()
  return Object.fromEntries(keep.map((key) => [key, form[key]]))
}
