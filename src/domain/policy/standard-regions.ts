/**
 * The regions whose 低保 standard ships with the product, named for pickers
 * (the self-check page). Names are the real administrative divisions the
 * seeds' figures belong to.
 */
import type { PolicyRecord } from './policy'
import { POLICY_RECORDS } from './policy-records'

export const REGION_NAMES: Record<string, string> = {
  '130306': '河北省秦皇岛市抚宁区',
  '330600': '浙江省绍兴市',
  '420802': '湖北省荆门市东宝区',
  '420804': '湖北省荆门市掇刀区',
  '420821': '湖北省京山县',
  '420882': '湖北省京山市',
  '420822': '湖北省荆门市沙洋县',
  '420881': '湖北省钟祥市',
}

export type StandardRegion = { regionCode: string; name: string }

/** Regions with a B in force on `asOf`, in code order. */
export function regionsWithStandard(asOf: string, records: readonly PolicyRecord[] = POLICY_RECORDS): StandardRegion[] {
  const codes = new Set(records.filter((r) => r.minimumLiving !== undefined && r.effectiveFrom <= asOf).map((r) => r.regionCode))
  return [...codes].sort().map((regionCode) => ({ regionCode, name: REGION_NAMES[regionCode] ?? `地区代码${regionCode}` }))
}
