/**
 * 家庭月人均收入, the one definition every figure people read goes through:
 * the 档案表, the 申报表, the engine, the staff view and the printout.
 * Seed 001 一（三）2: 家庭人均收入 = 家庭可支配收入 ÷ 家庭总人口, where
 * 家庭可支配收入 = 家庭总收入 − 缴纳所得税 − 社会保障支出. The income is over
 * `months` months, so P = disposable ÷ months ÷ n, rounded half up to the fen.
 * Display only: the rules compare exact integers (eligibility/income-figures.ts).
 */
import { divideRoundHalfUp } from './money'

export function perCapitaMonthlyFen(disposableIncomeFen: number, months: number, householdSize: number): number {
  return divideRoundHalfUp(disposableIncomeFen, months * householdSize)
}

/** 家庭可支配收入 = 总收入 − 所得税 − 社会保障支出 (each in fen over the same months); never below 0. */
export function disposableIncomeFen(totalIncomeFen: number, incomeTaxFen: number, socialInsuranceFen: number): number {
  return Math.max(0, totalIncomeFen - incomeTaxFen - socialInsuranceFen)
}
