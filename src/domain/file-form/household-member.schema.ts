/**
 * One household member of the 困难职工档案表 (seed 001 家庭成员信息表格).
 * Sex, birth date and age come from the ID number (see file-facts.ts),
 * so they are not fields: a client that sends them is ignored.
 */
import { z } from 'zod'
import { idNumber, personName, type RuleContext } from '../shared/fields'
import { modelWorkerTypeRequired } from '../value-lists/person-lists'
import type { ResolvedValueLists } from '../value-lists/value-list'
import { choice, optionalChoice } from './choice-fields'
import { optionalInteger, optionalMobile, optionalPastDate, optionalPastYear, optionalText } from './form-fields'
import { indexedRows } from './indexed-rows'
import { MEMBER_FIELDS as F, memberLabel } from './member-fields'
import { yuanAmount } from '../shared/money'

/** Members besides the worker; seed 001 prints one table per member. */
export const MAX_MEMBERS = 20

/** Member `index` (0-based): every label reads “家庭成员{index+1}的…”. */
export function householdMemberSchema(rules: RuleContext, lists: ResolvedValueLists, index: number) {
  const l = (spec: { label: string }) => memberLabel(index, spec.label)
  return z.object({
    name: personName(l(F.name)),
    relationship: choice(l(F.relationship), lists.relationship),
    ethnicity: choice(l(F.ethnicity), lists.ethnicity),
    idNumber: idNumber(l(F.idNumber), rules),
    politicalStatus: optionalChoice(l(F.politicalStatus), lists.politicalStatus),
    monthlyIncome: yuanAmount(l(F.monthlyIncome)),
    modelWorkerType: (modelWorkerTypeRequired(lists) ? choice : optionalChoice)(l(F.modelWorkerType), lists.modelWorkerType),
    healthStatus: choice(l(F.healthStatus), lists.healthStatus),
    diseaseCategory: optionalChoice(l(F.diseaseCategory), lists.diseaseCategory),
    medicalInsurance: choice(l(F.medicalInsurance), lists.medicalInsurance),
    maritalStatus: choice(l(F.maritalStatus), lists.maritalStatus),
    hukouType: choice(l(F.hukouType), lists.hukouType),
    mobile: optionalMobile(l(F.mobile)),
    otherContact: optionalText(l(F.otherContact)),
    identity: choice(l(F.identity), lists.memberIdentity),
    education: optionalChoice(l(F.education), lists.education),
    enrolmentYear: optionalPastYear(l(F.enrolmentYear), rules),
    schoolingYears: optionalInteger(l(F.schoolingYears), 1, 10),
    employerOrSchool: optionalText(l(F.employerOrSchool)),
    employerType: optionalChoice(l(F.employerType), lists.employerType),
    enterpriseStatus: optionalChoice(l(F.enterpriseStatus), lists.enterpriseStatus),
    industry: optionalChoice(l(F.industry), lists.industry),
    workStatus: optionalChoice(l(F.workStatus), lists.workStatus),
    contractDate: optionalPastDate(l(F.contractDate), rules),
    contractTerm: optionalText(l(F.contractTerm), 20),
    remark: optionalText(l(F.remark), 200),
  })
}

export type HouseholdMemberInput = z.input<ReturnType<typeof householdMemberSchema>>
export type HouseholdMember = z.output<ReturnType<typeof householdMemberSchema>>

/** All members, each named by its position in messages and field paths (`members.1.idNumber`). */
export function householdMembersSchema(rules: RuleContext, lists: ResolvedValueLists) {
  return indexedRows('家庭成员', MAX_MEMBERS, '人', (index) => householdMemberSchema(rules, lists, index))
}
