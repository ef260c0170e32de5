/**
 * The 困难职工档案表 as the applicant fills it: the worker, every household
 * member, causes, bank account and attachments (seed 001 附件1; seed 000).
 * The union's value lists decide the options. The output adds `derived`
 * (file-facts.ts), computed here and never taken from the client; keys the
 * form does not define (sex, age, householdSize…) are dropped.
 * Staff and system fields (职工编号, 建档人, 审核人, 录入人, 帮扶单位,
 * 帮扶责任人) are set by their use cases, not by this form: see field-catalogue.ts.
 * 困难类别 and 建档标准 are the filing union's decision (seed 000 “*建档人或审核人
 * 确定”): the applicant may suggest them, and staff see the suggestion as a hint
 * only; 档案类型 is the type applied for, which the 建档 step confirms.
 * Policy decides whether the bank fields are required and which papers must
 * come with the form (`FormPolicy`).
 */
import { z } from 'zod'
import { idNumber, personName, requiredText, type RuleContext } from '../shared/fields'
import type { ResolvedValueLists } from '../value-lists/value-list'
import { modelWorkerTypeRequired } from '../value-lists/person-lists'
import { attachmentsSchema } from './attachment.schema'
import { choice, choices, optionalChoice } from './choice-fields'
import { deriveFileFacts } from './file-facts'
import { checkCauses, checkDistinctIdNumbers, checkWorkStart } from './file-form-rules'
import { NATIONAL_FORM_POLICY, type FormPolicy } from '../policy/policy'
import { checkRequiredPapers } from './required-papers'
import {
  bankCardNumber,
  optionalArea,
  optionalBankCardNumber,
  optionalMobile,
  optionalPostalCode,
  optionalText,
  pastMonth,
  regionCode,
  yesNo,
} from './form-fields'
import { householdMembersSchema } from './household-member.schema'
import { yuanAmount, optionalYuanAmount } from '../shared/money'
import { WORKER_FIELDS as F } from './worker-fields'
import { whenValid } from './when-valid'

function bankShape(policy: FormPolicy) {
  const text = (label: string) => (policy.bankDetailsRequired ? requiredText(label, 50) : optionalText(label, 50))
  return {
    bankName: text(F.bankName.label),
    bankBranch: text(F.bankBranch.label),
    bankCardNumber: policy.bankDetailsRequired ? bankCardNumber(F.bankCardNumber.label) : optionalBankCardNumber(F.bankCardNumber.label),
  }
}

function fileFormShape(rules: RuleContext, lists: ResolvedValueLists, policy: FormPolicy) {
  const modelWorker = modelWorkerTypeRequired(lists) ? choice : optionalChoice
  return {
    hardshipCategory: optionalChoice(F.hardshipCategory.label, lists.hardshipCategory),
    fileType: choice(F.fileType.label, lists.fileType),
    filingCriterion: optionalChoice(F.filingCriterion.label, lists.filingCriterion),
    name: personName(F.name.label),
    ethnicity: choice(F.ethnicity.label, lists.ethnicity),
    politicalStatus: choice(F.politicalStatus.label, lists.politicalStatus),
    idNumber: idNumber(F.idNumber.label, rules),
    healthStatus: choice(F.healthStatus.label, lists.healthStatus),
    diseaseCategory: optionalChoice(F.diseaseCategory.label, lists.diseaseCategory),
    workStatus: choice(F.workStatus.label, lists.workStatus),
    workStart: pastMonth(F.workStart.label, rules),
    modelWorkerType: modelWorker(F.modelWorkerType.label, lists.modelWorkerType),
    housingType: choice(F.housingType.label, lists.housingType),
    floorArea: optionalArea(F.floorArea.label, 10_000),
    mobile: optionalMobile(F.mobile.label),
    otherContact: optionalText(F.otherContact.label),
    postalCode: optionalPostalCode(F.postalCode.label),
    industry: choice(F.industry.label, lists.industry),
    maritalStatus: choice(F.maritalStatus.label, lists.maritalStatus),
    hukouType: choice(F.hukouType.label, lists.hukouType),
    address: requiredText(F.address.label, 100),
    employer: optionalText(F.employer.label),
    employerType: optionalChoice(F.employerType.label, lists.employerType),
    enterpriseStatus: optionalChoice(F.enterpriseStatus.label, lists.enterpriseStatus),
    singleParent: yesNo(F.singleParent.label),
    medicalInsurance: choice(F.medicalInsurance.label, lists.medicalInsurance),
    monthlyIncome: yuanAmount(F.monthlyIncome.label),
    otherAnnualIncome: yuanAmount(F.otherAnnualIncome.label),
    hukouRegionCode: regionCode(F.hukouRegionCode.label),
    canSelfHelp: yesNo(F.canSelfHelp.label),
    zeroEmployment: yesNo(F.zeroEmployment.label),
    mainCause: choice(F.mainCause.label, lists.hardshipCause),
    secondaryCauses: choices(F.secondaryCauses.label, lists.hardshipCause, { max: lists.maxSecondaryCauses }),
    annualNecessaryExpense: optionalYuanAmount(F.annualNecessaryExpense.label),
    causeNote: optionalText(F.causeNote.label, 200),
    ...bankShape(policy),
    attachments: attachmentsSchema(lists),
    remark: optionalText(F.remark.label, 500),
    members: householdMembersSchema(rules, lists),
  }
}

/** `policy` is the union's (`resolvePolicy(...).form`); the national default where none is given. */
export function fileFormSchema(rules: RuleContext, lists: ResolvedValueLists, policy: FormPolicy = NATIONAL_FORM_POLICY) {
  return z
    .object(fileFormShape(rules, lists, policy))
    .superRefine(checkCauses, whenValid('mainCause', 'secondaryCauses', 'causeNote'))
    .superRefine(checkDistinctIdNumbers, whenValid('idNumber', 'members'))
    .superRefine(checkWorkStart(rules.today), whenValid('idNumber', 'workStart'))
    .superRefine(checkRequiredPapers(policy.requiredPapers, lists), whenValid('attachments'))
    .transform((form) => ({ ...form, derived: deriveFileFacts(form, rules.today) }))
}

/** What a client sends: no derived values. */
export type FileFormInput = z.input<ReturnType<typeof fileFormSchema>>
/** What the server keeps: normalised values, money in fen, `derived` computed. */
export type FileForm = z.output<ReturnType<typeof fileFormSchema>>
