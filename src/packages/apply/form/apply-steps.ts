/**
 * The apply form's steps: which fields of the 档案表 (`form.`) and the 申报表
 * (`declaration.`) each one asks, in the seeds' order within a step. Fields
 * not listed here are set by staff or the system (field-catalogue.ts).
 */
export type StepKey = 'personal' | 'work' | 'members' | 'declaration' | 'causes' | 'bank' | 'papers' | 'consent'

export type ApplyStep = { key: StepKey; title: string; form: readonly string[]; declaration: readonly string[] }

const step = (key: StepKey, title: string, form: readonly string[] = [], declaration: readonly string[] = []): ApplyStep => ({ key, title, form, declaration })

export const APPLY_STEPS: readonly ApplyStep[] = [
  step('personal', '个人信息', [
    'name',
    'idNumber',
    'ethnicity',
    'politicalStatus',
    'maritalStatus',
    'healthStatus',
    'diseaseCategory',
    'hukouType',
    'hukouRegionCode',
    'address',
    'mobile',
    'otherContact',
    'postalCode',
  ]),
  step('work', '工作情况', [
    'fileType',
    'workStatus',
    'workStart',
    'employer',
    'employerType',
    'enterpriseStatus',
    'industry',
    'modelWorkerType',
    'medicalInsurance',
    'monthlyIncome',
  ]),
  step('members', '家庭成员', ['members']),
  step(
    'declaration',
    '收入与财产',
    ['otherAnnualIncome', 'housingType', 'floorArea', 'singleParent', 'zeroEmployment', 'canSelfHelp'],
    [
      'year',
      'ownWagesHalfYear',
      'householdWagesHalfYear',
      'ownNonWageIncomeYear',
      'householdNonWageIncomeYear',
      'householdIncomeHalfYear',
      'incomeTaxHalfYear',
      'pensionContributionHalfYear',
      'medicalContributionHalfYear',
      'unemploymentContributionHalfYear',
      'receivesDibao',
      'ownedHomes',
      'shopArea',
      'usesVehicles',
      'vehicles',
      'otherAssets',
      'basicLivingExpense',
      'medicalExpense',
      'schoolingExpense',
      'homeOrCarExpense',
      'otherExpense',
      'otherExpenseName',
    ],
  ),
  step('causes', '困难情况', ['hardshipCategory', 'filingCriterion', 'mainCause', 'secondaryCauses', 'causeNote', 'annualNecessaryExpense']),
  step('bank', '银行账户', ['bankName', 'bankBranch', 'bankCardNumber', 'remark']),
  step('papers', '证明材料', ['attachments']),
  step('consent', '授权与提交'),
]

/** The step a field error belongs to: `form.members.1.idNumber` → 家庭成员, `consent` → 授权与提交. */
export function stepOfPath(path: string): number {
  const [root, key] = path.split('.')
  const at = APPLY_STEPS.findIndex((s) =>
    root === 'form' ? s.form.includes(key ?? '') : root === 'declaration' ? s.declaration.includes(key ?? '') : root === 'papers' ? s.key === 'papers' : false,
  )
  return at >= 0 ? at : APPLY_STEPS.length - 1
}
