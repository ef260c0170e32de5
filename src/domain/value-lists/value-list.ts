/**
 * Value lists are data, per policy: a union's regional set decides which
 * options a field accepts. Codes are stable (stored, counted, compared across
 * regions); labels are the wording of the seed notice the list came from.
 */

/** One option. `short` is a picker-friendly label where the seed's label is a whole sentence. */
export type ValueItem = { readonly code: string; readonly label: string; readonly short?: string }

export type ValueList = readonly ValueItem[]

export const VALUE_LIST_NAMES = [
  'hardshipCategory',
  'fileType',
  'filingCriterion',
  'ethnicity',
  'politicalStatus',
  'healthStatus',
  'diseaseCategory',
  'workStatus',
  'memberIdentity',
  'modelWorkerType',
  'housingType',
  'floorArea',
  'medicalInsurance',
  'employerType',
  'enterpriseStatus',
  'hukouType',
  'relationship',
  'maritalStatus',
  'industry',
  'education',
  'hardshipCause',
  'attachmentType',
  'keyGroup',
  'measure',
  'actionPlan',
] as const
export type ValueListName = (typeof VALUE_LIST_NAMES)[number]

/** The Chinese name of each list, as the file form calls the field it feeds. */
export const VALUE_LIST_TITLES: Record<ValueListName, string> = {
  hardshipCategory: '困难类别',
  fileType: '档案类型',
  filingCriterion: '建档标准',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  healthStatus: '健康状况',
  diseaseCategory: '疾病/残疾类别',
  workStatus: '工作状态',
  memberIdentity: '人员身份',
  modelWorkerType: '劳模类型',
  housingType: '住房类型',
  floorArea: '建筑面积',
  medicalInsurance: '医保状况',
  employerType: '单位性质',
  enterpriseStatus: '企业状况',
  hukouType: '户口类型',
  relationship: '关系',
  maritalStatus: '婚姻状况',
  industry: '所属行业',
  education: '当前学历',
  hardshipCause: '致困原因',
  attachmentType: '附件类型',
  keyGroup: '重点群体',
  measure: '措施',
  actionPlan: '行动计划',
}

/** The code every "其他 / 其他（注明）" item uses, so a form knows when to ask for a note. */
export const OTHER_CODE = 'other'

export type ValueListSet = {
  readonly id: string
  readonly name: string
  /** The set this one overrides; only `national` has none. */
  readonly extends?: string
  /** Each list given here replaces the inherited list whole. */
  readonly lists: Partial<Record<ValueListName, ValueList>>
  /** How many 次要致困原因 a file may name besides the main one. */
  readonly maxSecondaryCauses?: number
  /** The region's filling instructions (填表说明), verbatim, one item per entry. */
  readonly instructions?: readonly string[]
}

/** A set with everything inherited filled in: every list present. */
export type ResolvedValueLists = Readonly<Record<ValueListName, ValueList>> & {
  readonly setId: string
  readonly setName: string
  readonly maxSecondaryCauses: number
  readonly instructions: readonly string[]
}

/** Items from label strings, coded in order: `items(['a', '甲'], ['b', '乙'])`. */
export function items(...pairs: readonly (readonly [code: string, label: string])[]): ValueList {
  return pairs.map(([code, label]) => ({ code, label }))
}

/** The same codes under a region's own wording. */
export function relabel(list: ValueList, labels: Readonly<Record<string, string>>): ValueList {
  return list.map((item) => {
    const label = labels[item.code]
    return label === undefined ? item : { ...item, label }
  })
}

export function findItem(list: ValueList, code: string): ValueItem | undefined {
  return list.find((item) => item.code === code)
}

/** The label to print for a stored code; the code itself if a list no longer has it. */
export function labelOf(list: ValueList, code: string): string {
  return findItem(list, code)?.label ?? code
}
