/**
 * The 家庭财产、收支情况及致困原因申报表 (seed 001 附件2). Money in yuan in,
 * fen out. 全部家庭成员人均每月收入 is computed (`deriveDeclarationFacts`)
 * with the household size of the file it belongs to.
 */
import { z } from 'zod'
import type { RuleContext } from '../shared/fields'
import { DECLARATION_FIELDS as F } from './declaration-fields'
import { optionalArea, optionalText, requiredInteger, requiredYesNo, yesNo } from './form-fields'
import { yuanAmount, optionalYuanAmount } from '../shared/money'
import { disposableIncomeFen, perCapitaMonthlyFen } from '../shared/per-capita'
import { whenValid } from './when-valid'

type Amounts = { ownWagesHalfYear: number; householdWagesHalfYear: number; ownNonWageIncomeYear: number; householdNonWageIncomeYear: number }

/** The worker's own income is part of the household's. */
function checkOwnWithinHousehold(d: Amounts, ctx: z.RefinementCtx): void {
  if (d.ownWagesHalfYear > d.householdWagesHalfYear) {
    ctx.addIssue({ code: 'custom', path: ['householdWagesHalfYear'], message: `${F.householdWagesHalfYear.label}不能少于${F.ownWagesHalfYear.label}` })
  }
  if (d.ownNonWageIncomeYear > d.householdNonWageIncomeYear) {
    const message = `${F.householdNonWageIncomeYear.label}不能少于${F.ownNonWageIncomeYear.label}`
    ctx.addIssue({ code: 'custom', path: ['householdNonWageIncomeYear'], message })
  }
}

function checkOtherExpenseNamed(d: { otherExpense?: number | undefined; otherExpenseName?: string | undefined }, ctx: z.RefinementCtx): void {
  if (d.otherExpense && !d.otherExpenseName) {
    ctx.addIssue({ code: 'custom', path: ['otherExpenseName'], message: `填写了${F.otherExpense.label}，请注明${F.otherExpenseName.label}` })
  }
}

type Deductions = {
  householdIncomeHalfYear: number
  incomeTaxHalfYear?: number | undefined
  pensionContributionHalfYear?: number | undefined
  medicalContributionHalfYear?: number | undefined
  unemploymentContributionHalfYear?: number | undefined
}

/** 社会保障支出: the personal pension, medical and unemployment contributions (seed 002), fen. */
export const socialInsuranceFen = (d: Omit<Deductions, 'householdIncomeHalfYear' | 'incomeTaxHalfYear'>) =>
  (d.pensionContributionHalfYear ?? 0) + (d.medicalContributionHalfYear ?? 0) + (d.unemploymentContributionHalfYear ?? 0)

/** Tax and contributions are paid out of the income: together they cannot exceed it. */
function checkDeductionsWithinIncome(d: Deductions, ctx: z.RefinementCtx): void {
  if ((d.incomeTaxHalfYear ?? 0) + socialInsuranceFen(d) <= d.householdIncomeHalfYear) return
  const message = `所得税与社会保险个人缴纳部分合计不能超过${F.householdIncomeHalfYear.label}`
  ctx.addIssue({ code: 'custom', path: ['incomeTaxHalfYear'], message })
}

export function declarationSchema(rules: RuleContext) {
  return z
    .object({
      year: requiredInteger(F.year.label, 2000, Number(rules.today.slice(0, 4)), '年份'),
      ownWagesHalfYear: yuanAmount(F.ownWagesHalfYear.label),
      householdWagesHalfYear: yuanAmount(F.householdWagesHalfYear.label),
      ownNonWageIncomeYear: yuanAmount(F.ownNonWageIncomeYear.label),
      householdNonWageIncomeYear: yuanAmount(F.householdNonWageIncomeYear.label),
      householdIncomeHalfYear: yuanAmount(F.householdIncomeHalfYear.label),
      incomeTaxHalfYear: optionalYuanAmount(F.incomeTaxHalfYear.label),
      pensionContributionHalfYear: optionalYuanAmount(F.pensionContributionHalfYear.label),
      medicalContributionHalfYear: optionalYuanAmount(F.medicalContributionHalfYear.label),
      unemploymentContributionHalfYear: optionalYuanAmount(F.unemploymentContributionHalfYear.label),
      // A fact the applicant declares, never read off the 困难类别 they may suggest (which staff decide).
      receivesDibao: requiredYesNo(F.receivesDibao.label),
      ownedHomes: requiredInteger(F.ownedHomes.label, 0, 99),
      shopArea: optionalArea(F.shopArea.label),
      usesVehicles: yesNo(F.usesVehicles.label),
      vehicles: optionalText(F.vehicles.label, 100),
      otherAssets: optionalText(F.otherAssets.label, 100),
      basicLivingExpense: optionalYuanAmount(F.basicLivingExpense.label),
      medicalExpense: optionalYuanAmount(F.medicalExpense.label),
      schoolingExpense: optionalYuanAmount(F.schoolingExpense.label),
      homeOrCarExpense: optionalYuanAmount(F.homeOrCarExpense.label),
      otherExpense: optionalYuanAmount(F.otherExpense.label),
      otherExpenseName: optionalText(F.otherExpenseName.label, 50),
    })
    .superRefine(checkOwnWithinHousehold, whenValid('ownWagesHalfYear', 'householdWagesHalfYear', 'ownNonWageIncomeYear', 'householdNonWageIncomeYear'))
    .superRefine(checkOtherExpenseNamed, whenValid('otherExpense', 'otherExpenseName'))
    .superRefine(
      checkDeductionsWithinIncome,
      whenValid(
        'householdIncomeHalfYear',
        'incomeTaxHalfYear',
        'pensionContributionHalfYear',
        'medicalContributionHalfYear',
        'unemploymentContributionHalfYear',
      ),
    )
}

export type DeclarationInput = z.input<ReturnType<typeof declarationSchema>>
export type Declaration = z.output<ReturnType<typeof declarationSchema>>

/** The months the 申报表's income covers (近6个月). */
export const DECLARATION_MONTHS = 6

export type DeclarationFacts = {
  /** 家庭可支配收入 over the 6 months: total − income tax − social-insurance contributions. */
  disposableIncomeHalfYearFen: number
  /** 全部家庭成员人均每月收入, from the disposable income (shared/per-capita.ts), rounded half up for display. */
  monthlyPerCapitaIncomeFen: number
  annualNecessaryExpenseFen: number
}

/** 家庭可支配收入 of the declared half year. */
export function declaredDisposableIncomeFen(d: Deductions): number {
  return disposableIncomeFen(d.householdIncomeHalfYear, d.incomeTaxHalfYear ?? 0, socialInsuranceFen(d))
}

/** The 申报表's computed figures: disposable income, per-capita income and the total of the necessary expenses. */
export function deriveDeclarationFacts(declaration: Declaration, householdSize: number): DeclarationFacts {
  const expenses = [
    declaration.basicLivingExpense,
    declaration.medicalExpense,
    declaration.schoolingExpense,
    declaration.homeOrCarExpense,
    declaration.otherExpense,
  ]
  const disposable = declaredDisposableIncomeFen(declaration)
  return {
    disposableIncomeHalfYearFen: disposable,
    monthlyPerCapitaIncomeFen: perCapitaMonthlyFen(disposable, DECLARATION_MONTHS, householdSize),
    annualNecessaryExpenseFen: expenses.reduce<number>((sum, fen) => sum + (fen ?? 0), 0),
  }
}
