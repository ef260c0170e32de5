/**
 * Which 低保 standard an application is assessed against: where the household
 * is registered (户口所在地行政区划), or for a migrant worker (困难农民工)
 * where they work, i.e. the union's region (national criterion 5). When the
 * registered region has no standard in force, the union's region's applies.
 */
import type { IncomeStandard, RegionalPolicy } from '../policy/policy'
import { isRegionCode, resolvePolicy } from '../policy/resolve-policy'

export const MIGRANT_WORKER = 'migrant-worker'

export function assessmentStandard(form: { fileType: string; hukouRegionCode: string }, unionPolicy: RegionalPolicy): IncomeStandard | null {
  if (form.fileType === MIGRANT_WORKER || !isRegionCode(form.hukouRegionCode)) return unionPolicy.standard
  return resolvePolicy(form.hukouRegionCode, unionPolicy.asOf).standard ?? unionPolicy.standard
}
