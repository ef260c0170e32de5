/**
 * Non-identifying flags of a filed household, derived once from the sealed
 * form when the file is made, so campaigns and statistics can pick
 * households by cause or schooling without opening anyone's form.
 */

/** 人员身份 codes of a member in full-time education (seed 003 填表说明: 研究生 … 小学). */
export const AT_SCHOOL_IDENTITIES = ['postgraduate', 'undergraduate', 'vocational', 'senior-high', 'junior-high', 'primary'] as const

export type HouseholdFacets = {
  /** 主要致困原因 then 次要致困原因, as codes. */
  causes: string[]
  /** A member is at school (小学 to 研究生): 金秋助学 picks these. */
  atSchool: boolean
}

type FacetSource = { mainCause: string; secondaryCauses?: readonly string[]; members: readonly { identity: string }[] }

export function householdFacets(form: FacetSource): HouseholdFacets {
  const school: readonly string[] = AT_SCHOOL_IDENTITIES
  return {
    causes: [form.mainCause, ...(form.secondaryCauses ?? [])],
    atSchool: form.members.some((m) => school.includes(m.identity)),
  }
}
