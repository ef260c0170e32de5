/**
 * The national default set: every list, from the ACFTU template (seed 000,
 * "填表要求与工会帮扶工作管理系统填表要求一致") and the filling instructions
 * of seeds 002 and 003. Regional sets override lists of it whole.
 */
import { FIVE_KEY_GROUPS, FOUR_BATCH_MEASURES, SEVEN_ACTION_PLANS } from './assistance-targeting-lists'
import { ETHNIC_GROUPS } from './ethnic-groups'
import { ATTACHMENT_TYPES, EMPLOYER_TYPES, ENTERPRISE_STATUSES, HARDSHIP_CAUSES, HOUSING_TYPES, INDUSTRIES } from './household-lists'
import {
  DISEASE_CATEGORIES,
  EDUCATION_LEVELS,
  FILE_TYPES,
  FILING_CRITERIA,
  HARDSHIP_CATEGORIES,
  HEALTH_STATUSES,
  HUKOU_TYPES,
  MARITAL_STATUSES,
  MEDICAL_INSURANCE,
  MEMBER_IDENTITIES,
  MODEL_WORKER_TYPES,
  POLITICAL_STATUSES,
  RELATIONSHIPS,
  WORK_STATUSES,
} from './person-lists'
import type { ValueList, ValueListName, ValueListSet } from './value-list'

export const NATIONAL_LISTS: Readonly<Record<ValueListName, ValueList>> = {
  hardshipCategory: HARDSHIP_CATEGORIES,
  fileType: FILE_TYPES,
  filingCriterion: FILING_CRITERIA,
  ethnicity: ETHNIC_GROUPS,
  politicalStatus: POLITICAL_STATUSES,
  healthStatus: HEALTH_STATUSES,
  diseaseCategory: DISEASE_CATEGORIES,
  workStatus: WORK_STATUSES,
  memberIdentity: MEMBER_IDENTITIES,
  modelWorkerType: MODEL_WORKER_TYPES,
  housingType: HOUSING_TYPES,
  // 建筑面积 is typed in m²; only Shaoxing reads it as a band (shaoxing.set.ts).
  floorArea: [],
  medicalInsurance: MEDICAL_INSURANCE,
  employerType: EMPLOYER_TYPES,
  enterpriseStatus: ENTERPRISE_STATUSES,
  hukouType: HUKOU_TYPES,
  relationship: RELATIONSHIPS,
  maritalStatus: MARITAL_STATUSES,
  industry: INDUSTRIES,
  education: EDUCATION_LEVELS,
  hardshipCause: HARDSHIP_CAUSES,
  attachmentType: ATTACHMENT_TYPES,
  keyGroup: FIVE_KEY_GROUPS,
  measure: FOUR_BATCH_MEASURES,
  actionPlan: SEVEN_ACTION_PLANS,
}

/** Seed 001 附件1: 次要致困原因（0-3项）. */
export const NATIONAL_MAX_SECONDARY_CAUSES = 3

export const NATIONAL_SET: ValueListSet = {
  id: 'national',
  name: '全国默认',
  lists: NATIONAL_LISTS,
  maxSecondaryCauses: NATIONAL_MAX_SECONDARY_CAUSES,
}
