/**
 * 脱困 (exit): "家庭人均收入连续6个月超过当地最低生活保障标准" (seed 001). The
 * income half of the test only; whether the causes are removed (致困因素消除)
 * is the year-end evaluation's judgement, recorded by people.
 */
import { NATIONAL_TERMS } from '../policy/policy'

/** Per-capita income strictly above B in each of the last `months` months; fewer months on record → not yet. */
export function exitTest(monthlyPerCapitaFen: readonly number[], minimumLivingFen: number, months = NATIONAL_TERMS.exitMonths): boolean {
  if (monthlyPerCapitaFen.length < months) return false
  return monthlyPerCapitaFen.slice(-months).every((fen) => fen > minimumLivingFen)
}

/** The same from household income, exact: income / n > B ⟺ income > n·B, so no per-capita figure is rounded. */
export function householdExitTest(
  monthlyIncomeFen: readonly number[],
  householdSize: number,
  minimumLivingFen: number,
  months = NATIONAL_TERMS.exitMonths,
): boolean {
  return exitTest(monthlyIncomeFen, householdSize * minimumLivingFen, months)
}
