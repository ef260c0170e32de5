/**
 * Properties of the engine over generated households (fast-check): eligibility
 * never improves as income rises or worsens as expenses rise, an exclusion
 * never accepts, and the per-capita figure is the exact fen computation.
 * Run under every criteria structure a policy can choose.
 */
import fc from 'fast-check'
import { assessEligibility } from '../../../src/domain/eligibility/assess-eligibility'
import { EXCLUSION_CODES, SPECIAL_REASONS, SUDDEN_HARDSHIPS, type HouseholdFacts } from '../../../src/domain/eligibility/eligibility'
import { NATIONAL_TERMS, type CriteriaTerms, type IncomeStandard } from '../../../src/domain/policy/policy'

const RUNS = { numRuns: 1000 }

/**
 * A household scaled to its standard, so generated incomes land near the lines
 * (B, L, 3 × B) where a rule could go wrong: each month between 0 and 4 × n·B,
 * expenses up to a year of 4 × n·B.
 */
function householdNear(b: number): fc.Arbitrary<HouseholdFacts> {
  return fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      householdSize: fc.constant(n),
      monthlyIncomeFen: fc.array(fc.integer({ min: 0, max: 4 * n * b }), { minLength: 6, maxLength: 8 }),
      receivesDibao: fc.boolean(),
      specialReasons: fc.uniqueArray(fc.constantFrom(...SPECIAL_REASONS), { maxLength: 2 }),
      specialExpensesAnnualFen: fc.integer({ min: 0, max: 48 * n * b }),
      suddenHardships: fc.uniqueArray(fc.constantFrom(...SUDDEN_HARDSHIPS), { maxLength: 2 }),
      suddenExpensesAnnualFen: fc.integer({ min: 0, max: 48 * n * b }),
      homesOwned: fc.integer({ min: 0, max: 1 }),
      ownsCommercialPremises: fc.constant(false),
      employsOthers: fc.constant(false),
      childAtHighFeeSchoolOrAbroad: fc.constant(false),
      usesVehiclesNotAsEmployee: fc.constant(false),
      refusedInvestigation: fc.constant(false),
      blacklisted: fc.constant(false),
    }),
  )
}

const standard: fc.Arbitrary<IncomeStandard> = fc.oneof(
  fc.integer({ min: 30_000, max: 120_000 }).map((b) => ({ minimumLivingFen: b })),
  fc.integer({ min: 30_000, max: 120_000 }).chain((b) => fc.integer({ min: b, max: 2 * b }).map((l) => ({ minimumLivingFen: b, lowIncomeFen: l }))),
)

/** The national structure and every combination of tests a policy may switch off (Shaoxing 2010 switches off all three). */
const terms: fc.Arbitrary<CriteriaTerms> = fc.record({
  lowIncomePercent: fc.integer({ min: 100, max: 200 }),
  suddenHardshipPercent: fc.integer({ min: 100, max: 300 }),
  incomeMonths: fc.constant(6),
  exitMonths: fc.constant(6),
  criteriaTests: fc.record({ dibaoIncomeTest: fc.boolean(), specialNetTest: fc.boolean(), suddenNetTest: fc.boolean() }),
})

const case_ = fc
  .record({ standard, terms })
  .chain(({ standard, terms }) =>
    householdNear(standard.minimumLivingFen).map((facts) => ({ facts, standard, terms, scale: facts.householdSize * standard.minimumLivingFen })),
  )

describe('eligibility properties', () => {
  it('raising any month’s income, all else equal, never turns a refused household into an accepted one', () => {
    fc.assert(
      fc.property(case_, fc.nat(), fc.integer({ min: 1, max: 10_000 }), ({ facts, standard, terms, scale }, at, permyriad) => {
        const month = at % facts.monthlyIncomeFen.length
        const raise = Math.max(1, Math.floor((scale * permyriad) / 1000))
        const richer = { ...facts, monthlyIncomeFen: facts.monthlyIncomeFen.map((f, i) => (i === month ? f + raise : f)) }
        const before = assessEligibility(facts, standard, terms).eligible
        const after = assessEligibility(richer, standard, terms).eligible
        expect(!before && after).toBe(false)
      }),
      RUNS,
    )
  })

  it('raising necessary expenses never turns an accepted household into a refused one', () => {
    fc.assert(
      fc.property(case_, fc.integer({ min: 1, max: 10_000 }), fc.boolean(), ({ facts, standard, terms, scale }, permyriad, special) => {
        const raise = Math.max(1, Math.floor((scale * permyriad) / 100))
        const costlier = special
          ? { ...facts, specialExpensesAnnualFen: facts.specialExpensesAnnualFen + raise }
          : { ...facts, suddenExpensesAnnualFen: facts.suddenExpensesAnnualFen + raise }
        const before = assessEligibility(facts, standard, terms).eligible
        const after = assessEligibility(costlier, standard, terms).eligible
        expect(before && !after).toBe(false)
      }),
      RUNS,
    )
  })

  it('adding an exclusion never accepts, and every exclusion that applies is a reason', () => {
    const exclusion = fc.constantFrom(...EXCLUSION_CODES)
    const apply: Record<(typeof EXCLUSION_CODES)[number], Partial<HouseholdFacts>> = {
      twoOrMoreHomes: { homesOwned: 2 },
      commercialPremises: { ownsCommercialPremises: true },
      employsOthers: { employsOthers: true },
      highFeeSchooling: { childAtHighFeeSchoolOrAbroad: true },
      vehicles: { usesVehiclesNotAsEmployee: true },
      refusedInvestigation: { refusedInvestigation: true },
      blacklisted: { blacklisted: true },
    }
    fc.assert(
      fc.property(case_, exclusion, ({ facts, standard, terms }, code) => {
        const result = assessEligibility({ ...facts, ...apply[code] }, standard, terms)
        expect(result).toMatchObject({ eligible: false, criterion: null, category: null })
        expect(result.reasons).toContain(code)
      }),
      RUNS,
    )
  })

  it('the per-capita figure equals the exact fen computation (last 6 months ÷ 6 ÷ n, half up)', () => {
    fc.assert(
      fc.property(case_, ({ facts, standard }) => {
        const window = facts.monthlyIncomeFen.slice(-6)
        const total = BigInt(window.reduce((a, b) => a + b, 0))
        const d = BigInt(6 * facts.householdSize)
        // Half up, in exact integers: floor((2·S + d) / (2·d)).
        const exact = Number((2n * total + d) / (2n * d))
        expect(assessEligibility(facts, standard, NATIONAL_TERMS).perCapitaMonthlyIncomeFen).toBe(exact)
      }),
      RUNS,
    )
  })

  it('accepted ⇔ a criterion and its category, refused ⇔ neither', () => {
    fc.assert(
      fc.property(case_, ({ facts, standard, terms }) => {
        const r = assessEligibility(facts, standard, terms)
        expect(r.eligible).toBe(r.criterion !== null)
        expect(r.category === null).toBe(r.criterion === null)
        expect(r.explanation).toContain(r.eligible ? '结论：符合' : '结论：不')
      }),
      RUNS,
    )
  })
})
