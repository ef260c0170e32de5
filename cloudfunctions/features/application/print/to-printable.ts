/**
 * The parsed 档案表 (file-form.schema.ts output, money in fen, `derived`
 * computed) and what the filing workflow adds → the display strings the
 * .docx prints. Codes become the union's own labels (its value-list set).
 */
import type { FileForm } from '../../../../src/domain/file-form/file-form.schema'
import type { TargetingDecision } from '../../../../src/domain/file-form/targeting.schema'
import { REGION_NAMES } from '../../../../src/domain/policy/standard-regions'
import { formatYuan } from '../../../../src/domain/shared/money'
import { FLOOR_AREA_BANDS, floorAreaBandCode } from '../../../../src/domain/value-lists/household-lists'
import { labelOf, OTHER_CODE, type ResolvedValueLists, type ValueList, type ValueListName } from '../../../../src/domain/value-lists/value-list'
import {
  chineseCount,
  type PrintableFile,
  type PrintableMember,
  type PrintableTargeting,
  type PrintableTargetingGroup,
  type WorkerLabel,
} from './printable-file'

/** What the filing workflow knows and the applicant's form does not. */
export type PrintMeta = {
  fileNumber: string
  /** 档案级别, already a label. */
  fileLevel?: string
  /** 困难类别 and 档案类型 as filed (labels), and the 建档标准 code filed: the union's decisions, not the applicant's suggestions. */
  category?: string
  fileType?: string
  filingCriterion?: string
  /** 建档人, 审核人 and 录入人: people's names. */
  builtBy: string
  approvedBy: string
  /** 'YYYY-MM-DD' */
  filledOn: string
  helperName?: string
  helperUnit?: string
  enteredBy?: string
  unionName: string
  /** 家庭月人均收入: the application's one figure (shared/per-capita.ts), as staff see it. */
  perCapitaMonthlyIncomeFen: number
  /** The 建档人's or 审核人's decision, once made. */
  targeting?: TargetingDecision
}

const yuan = (fen: number | undefined) => (fen === undefined ? '' : `${formatYuan(fen)}元`)
const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? '是' : '否')

/** '2026-11-22' → '2026年11月22日'. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[1]}年${match[2]}月${match[3]}日` : iso
}

function regionText(code: string): string {
  const name = REGION_NAMES[code]
  return name ? `${code} ${name}` : code
}

function labeller(lists: ResolvedValueLists) {
  return (name: ValueListName, code: string | undefined) => (code === undefined ? '' : labelOf(lists[name], code))
}

/**
 * 建筑面积 in m², with the region's band where it has one (Shaoxing: 35㎡（20至50）).
 * Forms stored before the area was typed hold a band code: printed as that band.
 */
export function floorAreaText(stored: unknown, lists: ResolvedValueLists): string {
  if (typeof stored === 'string' && stored !== '') return `${labelOf(FLOOR_AREA_BANDS, stored)}㎡`
  if (typeof stored !== 'number') return ''
  const band = lists.floorArea.length > 0 ? labelOf(lists.floorArea, floorAreaBandCode(stored)) : ''
  return `${stored}㎡${band ? `（${band}）` : ''}`
}

function workerOf(form: FileForm, lists: ResolvedValueLists, perCapitaFen: number): Record<WorkerLabel, string> {
  const l = labeller(lists)
  const facts = form.derived
  return {
    姓名: form.name,
    民族: l('ethnicity', form.ethnicity),
    性别: facts.worker.sex,
    政治面貌: l('politicalStatus', form.politicalStatus),
    身份证号: form.idNumber,
    出生日期: facts.worker.birthDate,
    健康状况: l('healthStatus', form.healthStatus),
    '疾病/残疾类别': l('diseaseCategory', form.diseaseCategory),
    工作状态: l('workStatus', form.workStatus),
    劳模类型: l('modelWorkerType', form.modelWorkerType),
    住房类型: l('housingType', form.housingType),
    建筑面积: floorAreaText(form.floorArea, lists),
    手机号码: form.mobile ?? '',
    其他联系方式: form.otherContact ?? '',
    邮政编码: form.postalCode ?? '',
    工作时间: form.workStart,
    所属行业: l('industry', form.industry),
    婚姻状况: l('maritalStatus', form.maritalStatus),
    户口类型: l('hukouType', form.hukouType),
    家庭住址: form.address,
    工作单位: form.employer ?? '',
    单位性质: l('employerType', form.employerType),
    企业状况: l('enterpriseStatus', form.enterpriseStatus),
    是否单亲: yesNo(form.singleParent),
    本人月平均收入: yuan(form.monthlyIncome),
    家庭其他非薪资年收入: yuan(form.otherAnnualIncome),
    家庭年度总收入: yuan(facts.annualTotalIncomeFen),
    家庭人口: `${facts.householdSize}人`,
    家庭月人均收入: yuan(perCapitaFen),
    户口所在地行政区划: regionText(form.hukouRegionCode),
    医保状况: l('medicalInsurance', form.medicalInsurance),
    是否有一定自救能力: yesNo(form.canSelfHelp),
    是否为零就业家庭: yesNo(form.zeroEmployment),
  }
}

function membersOf(form: FileForm, lists: ResolvedValueLists): PrintableMember[] {
  const l = labeller(lists)
  return form.members.map((member, index) => {
    const facts = form.derived.members[index]
    return {
      姓名: member.name,
      关系: l('relationship', member.relationship),
      性别: facts?.sex ?? '',
      政治面貌: l('politicalStatus', member.politicalStatus),
      身份证号: member.idNumber,
      出生日期: facts?.birthDate ?? '',
      健康状况: l('healthStatus', member.healthStatus),
      月收入: yuan(member.monthlyIncome),
      身份: l('memberIdentity', member.identity),
      医保状况: l('medicalInsurance', member.medicalInsurance),
      单位或学校: member.employerOrSchool ?? '',
    }
  })
}

/** The number in a group's title counts its items besides “其他”: 五类重点群体, “四个一批”措施, 七个行动计划. */
function countOf(list: ValueList): string {
  return chineseCount(list.filter((item) => item.code !== OTHER_CODE).length)
}

function group(titleLines: string[], list: ValueList, chosen: readonly string[], note: string | undefined): PrintableTargetingGroup {
  return {
    titleLines,
    options: list.map((item) => {
      const checked = chosen.includes(item.code)
      return { label: checked && item.code === OTHER_CODE ? `${item.label}${note ?? ''}` : item.label, checked }
    }),
  }
}

function targetingOf(lists: ResolvedValueLists, decision: TargetingDecision | undefined): PrintableTargeting {
  const d = decision
  return {
    isTarget: d?.isTarget,
    decidedOn: d ? chineseDate(d.decidedOn) : '',
    groups: [
      group([`${countOf(lists.keyGroup)}类`, '重点', '群体'], lists.keyGroup, d?.keyGroups ?? [], d?.keyGroupNote),
      group([`“${countOf(lists.measure)}个`, '一批”', '措施'], lists.measure, d?.measures ?? [], d?.measureNote),
      group([`${countOf(lists.actionPlan)}个`, '行动', '计划'], lists.actionPlan, d?.actionPlans ?? [], d?.actionPlanNote),
    ],
  }
}

export function toPrintable(form: FileForm, lists: ResolvedValueLists, meta: PrintMeta): PrintableFile {
  const l = labeller(lists)
  return {
    fileNumber: meta.fileNumber,
    // A file filed before 建档标准 was decided at 建档 prints what its form carried.
    category: meta.category ?? l('hardshipCategory', form.hardshipCategory),
    fileLevel: meta.fileLevel ?? '',
    fileType: meta.fileType ?? l('fileType', form.fileType),
    criterion: l('filingCriterion', meta.filingCriterion ?? form.filingCriterion),
    worker: workerOf(form, lists, meta.perCapitaMonthlyIncomeFen),
    members: membersOf(form, lists),
    causes: {
      main: l('hardshipCause', form.mainCause),
      secondary: form.secondaryCauses.map((code) => l('hardshipCause', code)),
      maxSecondary: lists.maxSecondaryCauses,
      annualNecessaryExpense: yuan(form.annualNecessaryExpense),
      note: form.causeNote ?? '',
    },
    bank: { bankName: form.bankName ?? '', branch: form.bankBranch ?? '', cardNumber: form.bankCardNumber ?? '' },
    attachments: form.attachments.map((a) => ({ type: l('attachmentType', a.type), name: a.name, remark: a.remark ?? '' })),
    targeting: targetingOf(lists, meta.targeting),
    remarks: form.remark ?? '',
    builtBy: meta.builtBy,
    approvedBy: meta.approvedBy,
    filledOn: chineseDate(meta.filledOn),
    helperName: meta.helperName ?? '',
    helperUnit: meta.helperUnit ?? '',
    enteredBy: meta.enteredBy ?? '',
    unionName: meta.unionName,
  }
}
