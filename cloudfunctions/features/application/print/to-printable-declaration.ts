/**
 * The 家庭财产、收支情况及致困原因申报表 (seed 001 附件2) in display form. Its
 * header (姓名, 性别, 年龄, 身份证号, 婚姻状况, 工作单位, 家庭人口) and its
 * 主要致困原因 come from the 档案表 of the same application, as the seed's
 * note on the declaration says; 人均每月收入 is computed, never typed. The
 * applicant's 是否正在领取低保 is printed with the income it belongs to.
 */
import { deriveDeclarationFacts } from '../../../../src/domain/file-form/declaration.schema'
import { formatYuan } from '../../../../src/domain/shared/money'
import { labelOf, type ResolvedValueLists } from '../../../../src/domain/value-lists/value-list'
import type { SealedApplication } from '../application.doc'
import type { PrintableOption } from './printable-file'

export type PrintableDeclaration = {
  /** 申报年度, '2026'. */
  year: string
  unionName: string
  header: { name: string; sex: string; age: string; idNumber: string; maritalStatus: string; employer: string; householdSize: string }
  income: {
    ownWagesHalfYear: string
    householdWagesHalfYear: string
    ownNonWageIncomeYear: string
    householdNonWageIncomeYear: string
    householdIncomeHalfYear: string
    monthlyPerCapita: string
    receivesDibao: string
  }
  assets: { ownedHomes: string; shopArea: string; vehicles: string; otherAssets: string }
  /** The seed's one line of 家庭生活年度必须支出项目, amounts filled in. */
  expenses: string
  /** 主要致困原因: every item of the union's list, the chosen one ticked. */
  causes: PrintableOption[]
}

const amount = (fen: number | undefined) => (fen === undefined ? '      ' : formatYuan(fen))

function expensesLine(d: SealedApplication['declaration']): string {
  const other = d.otherExpenseName ? `（${d.otherExpenseName}）` : '（注明名称）'
  return [
    `1.日常基本生活开支 ${amount(d.basicLivingExpense)} 元`,
    `2.医疗费（提供医疗费用结算收据复印件） ${amount(d.medicalExpense)} 元`,
    `3.子女上学 ${amount(d.schoolingExpense)} 元`,
    `4.购房、购车 ${amount(d.homeOrCarExpense)} 元`,
    `5.其他 ${amount(d.otherExpense)} 元${other}。`,
  ].join('，')
}

export function toPrintableDeclaration(
  { form, declaration: d }: SealedApplication,
  lists: ResolvedValueLists,
  meta: { unionName: string },
): PrintableDeclaration {
  const size = form.derived.householdSize
  const facts = deriveDeclarationFacts(d, size)
  return {
    year: String(d.year),
    unionName: meta.unionName,
    header: {
      name: form.name,
      sex: form.derived.worker.sex,
      age: `${form.derived.worker.age}岁`,
      idNumber: form.idNumber,
      maritalStatus: labelOf(lists.maritalStatus, form.maritalStatus),
      employer: form.employer ?? '',
      householdSize: `${size}人`,
    },
    income: {
      ownWagesHalfYear: formatYuan(d.ownWagesHalfYear),
      householdWagesHalfYear: formatYuan(d.householdWagesHalfYear),
      ownNonWageIncomeYear: formatYuan(d.ownNonWageIncomeYear),
      householdNonWageIncomeYear: formatYuan(d.householdNonWageIncomeYear),
      householdIncomeHalfYear: formatYuan(d.householdIncomeHalfYear),
      monthlyPerCapita: formatYuan(facts.monthlyPerCapitaIncomeFen),
      // Declarations stored before the question was asked have no answer: printed blank, for the applicant to fill by hand.
      receivesDibao: typeof d.receivesDibao === 'boolean' ? (d.receivesDibao ? '是' : '否') : '',
    },
    assets: {
      ownedHomes: String(d.ownedHomes),
      shopArea: d.shopArea === undefined ? '' : String(d.shopArea),
      vehicles: d.vehicles ?? '',
      otherAssets: d.otherAssets ?? '',
    },
    expenses: expensesLine(d),
    causes: lists.hardshipCause.map((item) => ({ label: item.label, checked: item.code === form.mainCause })),
  }
}
