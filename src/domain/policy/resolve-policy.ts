/**
 * Which policy applies to a region on a date. Each field is looked up on its
 * own: the most specific level that sets it wins (county → city → province),
 * and within a level the newest record already in force. B and a published L
 * are a pair: L only comes from the region whose B applies, and never from a
 * record older than that B, so a new B is never judged against a stale L.
 */
import { yuanToFen } from '../shared/money'
import { NATIONAL_DEFAULTS, type IncomeStandard, type NationalDefaults, type PolicyField, type PolicyRecord, type RegionalPolicy } from './policy'
import { POLICY_RECORDS } from './policy-records'

const REGION_CODE = /^[1-9]\d{5}$/

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code)
}

/** 420802 → ['420802', '420800', '420000']; a city or province code lists itself once. */
export function regionChain(regionCode: string): string[] {
  if (!isRegionCode(regionCode)) throw new Error(`Not a 6-digit region code: ${regionCode}`)
  const chain = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`]
  return chain.filter((code, i) => chain.indexOf(code) === i)
}

type Found<F extends PolicyField> = { value: NonNullable<PolicyRecord[F]>; record: PolicyRecord }

/** The newest record for exactly this region, in force on `asOf`, that sets `field`. Later entries win ties. */
function newestAt<F extends PolicyField>(records: readonly PolicyRecord[], regionCode: string, field: F, asOf: string): Found<F> | null {
  let best: Found<F> | null = null
  for (const record of records) {
    const value = record[field]
    if (record.regionCode !== regionCode || record.effectiveFrom > asOf || value === undefined) continue
    if (best === null || record.effectiveFrom >= best.record.effectiveFrom) best = { value, record }
  }
  return best
}

function lookUp<F extends PolicyField>(records: readonly PolicyRecord[], chain: string[], field: F, asOf: string): Found<F> | null {
  for (const code of chain) {
    const found = newestAt(records, code, field, asOf)
    if (found) return found
  }
  return null
}

const sourceOf = (record: PolicyRecord) => `${record.regionCode}@${record.effectiveFrom}`

function resolveStandard(records: readonly PolicyRecord[], chain: string[], asOf: string, sources: RegionalPolicy['sources']): IncomeStandard | null {
  const b = lookUp(records, chain, 'minimumLiving', asOf)
  if (!b) return null
  sources.minimumLiving = sourceOf(b.record)
  const standard: IncomeStandard = {
    minimumLivingFen: yuanToFen(b.value),
    source: `地区代码${b.record.regionCode}，${b.record.effectiveFrom}起执行`,
  }
  const l = newestAt(records, b.record.regionCode, 'lowIncome', asOf)
  if (l && l.record.effectiveFrom >= b.record.effectiveFrom) {
    standard.lowIncomeFen = yuanToFen(l.value)
    sources.lowIncome = sourceOf(l.record)
  }
  return standard
}

/** The policy in force for `regionCode` (6 digits) on `asOf` (YYYY-MM-DD). `records` lets a union's own overrides join the shipped data. */
export function resolvePolicy(regionCode: string, asOf: string, records: readonly PolicyRecord[] = POLICY_RECORDS): RegionalPolicy {
  const chain = regionChain(regionCode)
  const sources: RegionalPolicy['sources'] = {}
  const setting = <F extends keyof NationalDefaults>(field: F): NationalDefaults[F] => {
    const found = lookUp(records, chain, field, asOf)
    sources[field] = found ? sourceOf(found.record) : 'national'
    return found ? (found.value as NationalDefaults[F]) : NATIONAL_DEFAULTS[field]
  }
  return {
    regionCode,
    asOf,
    standard: resolveStandard(records, chain, asOf, sources),
    terms: {
      lowIncomePercent: setting('lowIncomePercent'),
      suddenHardshipPercent: setting('suddenHardshipPercent'),
      incomeMonths: setting('incomeMonths'),
      exitMonths: setting('exitMonths'),
      criteriaTests: setting('criteriaTests'),
    },
    publicityWorkingDays: setting('publicityWorkingDays'),
    approvingLevel: setting('approvingLevel'),
    valueListSet: setting('valueListSet'),
    visits: { visitsPerYear: setting('visitsPerYear'), visitWindows: setting('visitWindows'), minHouseholdsPerCadre: setting('minHouseholdsPerCadre') },
    exitRateTargetPercent: setting('exitRateTargetPercent'),
    form: { requiredPapers: setting('requiredPapers'), bankDetailsRequired: setting('bankDetailsRequired') },
    aidKinds: setting('aidKinds'),
    sources,
  }
}
