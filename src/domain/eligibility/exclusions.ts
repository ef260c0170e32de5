/**
 * 不予建档: situations that exclude a household whatever its income, and the
 * blacklist rule for false declarations.
 */
import type { ExclusionCode, HouseholdFacts } from './eligibility'

const TESTS: readonly [ExclusionCode, (facts: HouseholdFacts) => boolean][] = [
  ['twoOrMoreHomes', (f) => f.homesOwned >= 2],
  ['commercialPremises', (f) => f.ownsCommercialPremises],
  ['employsOthers', (f) => f.employsOthers],
  ['highFeeSchooling', (f) => f.childAtHighFeeSchoolOrAbroad],
  ['vehicles', (f) => f.usesVehiclesNotAsEmployee],
  ['refusedInvestigation', (f) => f.refusedInvestigation],
  ['blacklisted', (f) => f.blacklisted],
]

/** Every exclusion that applies, in a fixed order. */
export function findExclusions(facts: HouseholdFacts): ExclusionCode[] {
  return TESTS.filter(([, applies]) => applies(facts)).map(([code]) => code)
}

/** Luzhou (seed 001): "两次上报不实信息的申请人，列入建档黑名单". */
export const FALSE_SUBMISSIONS_BEFORE_BLACKLIST = 2

/**
 * Whether an applicant goes on the blacklist. Seed 001 has two rules: a file
 * obtained by fraud (弄虚作假骗取建档资格) is cancelled and blacklisted once it
 * is proven; untrue information sent up (上报不实信息, returned for
 * resubmission) blacklists on the second time.
 */
export function shouldBlacklist(falseSubmissions: number, fraudProven = false): boolean {
  return fraudProven || falseSubmissions >= FALSE_SUBMISSIONS_BEFORE_BLACKLIST
}
