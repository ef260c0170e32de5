/**
 * What the printable 困难职工档案表 shows, in display form: every value is
 * the text to print (labels looked up, money in yuan, dates written out), so
 * the .docx generator does no lookups. The layout follows the seeds' Word
 * table (seed 000 附件 and seed 002 附件1; seed 001 附件1 adds 档案类型,
 * 建档标准, 年度必要支出 and 其他(文字描述)). The printout carries full
 * numbers: who may download it is the server's decision.
 */

/** The worker block, one tuple per group of columns: the seed prints a row of labels over a row of values. */
export const WORKER_ROWS = [
  ['姓名', '民族', '性别', '政治面貌', '身份证号', '出生日期', '健康状况', '疾病/残疾类别', '工作状态', '劳模类型'],
  ['住房类型', '建筑面积', '手机号码', '其他联系方式', '邮政编码', '工作时间', '所属行业', '婚姻状况', '户口类型'],
  ['家庭住址', '工作单位', '单位性质', '企业状况', '是否单亲'],
  ['本人月平均收入', '家庭其他非薪资年收入', '家庭年度总收入', '家庭人口', '家庭月人均收入', '户口所在地行政区划', '医保状况'],
] as const

/** The last worker row: label, value, label, value side by side. */
export const WORKER_PAIRS = ['是否有一定自救能力', '是否为零就业家庭'] as const

export type WorkerLabel = (typeof WORKER_ROWS)[number][number] | (typeof WORKER_PAIRS)[number]

/** Every label of the worker block, in the seed's reading order. */
export const WORKER_LABELS: readonly WorkerLabel[] = [...WORKER_ROWS.flat(), ...WORKER_PAIRS]

/** 家庭主要成员: the seed's columns, one row per member. */
export const MEMBER_COLUMNS = ['姓名', '关系', '性别', '政治面貌', '身份证号', '出生日期', '健康状况', '月收入', '身份', '医保状况', '单位或学校'] as const

export type MemberColumn = (typeof MEMBER_COLUMNS)[number]

export type PrintableMember = Record<MemberColumn, string>

export type PrintableOption = { label: string; checked: boolean }

/** One of 重点群体 / 措施 / 行动计划, titled as the region words it (五类重点群体, “五个一批”措施…). */
export type PrintableTargetingGroup = {
  /** The title in the lines the seed breaks it into: ['五类', '重点', '群体']. */
  titleLines: string[]
  /** A chosen “其他（注明）” carries its note: '其他（注明）妻子重病'. */
  options: PrintableOption[]
}

export type PrintableTargeting = {
  /** `undefined` while nobody has decided: both boxes stay empty. */
  isTarget: boolean | undefined
  /** '2018年04月10日', or '' while undecided. */
  decidedOn: string
  groups: PrintableTargetingGroup[]
}

export type PrintableFile = {
  /** 职工编号 */
  fileNumber: string
  /** 困难类别 */
  category: string
  /** 档案级别 (as the filing workflow names it); '' prints an empty cell. */
  fileLevel: string
  /** 档案类型 */
  fileType: string
  /** 建档标准: the criterion's label (a whole sentence in some regions). */
  criterion: string
  worker: Record<WorkerLabel, string>
  members: PrintableMember[]
  causes: {
    main: string
    secondary: string[]
    /** 次要致困原因 allowed: the seed prints “最多选三项”. */
    maxSecondary: number
    /** 年度必要支出, '30000.00元' or ''. */
    annualNecessaryExpense: string
    /** 其他(文字描述) */
    note: string
  }
  bank: { bankName: string; branch: string; cardNumber: string }
  attachments: { type: string; name: string; remark: string }[]
  targeting: PrintableTargeting
  /** 备注 */
  remarks: string
  /** 建档人 */
  builtBy: string
  /** 审核人 */
  approvedBy: string
  /** 填表日期, '2026年11月22日'. */
  filledOn: string
  /** 帮扶责任人 */
  helperName: string
  /** 帮扶单位 */
  helperUnit: string
  /** 录入人 */
  enteredBy: string
  /** The union that keeps the file: printed as 建档单位 above the table. */
  unionName: string
}

/** Printed at the foot of every page. */
export const SENSITIVE_NOTICE = '本表含个人敏感信息，仅限建档工作使用'

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 3 → 三, as the seed writes small counts (最多选三项); beyond ten, digits. */
export function chineseCount(n: number): string {
  return CHINESE_DIGITS[n] ?? String(n)
}
