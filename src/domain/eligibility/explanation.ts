/**
 * The explanation a union worker and the employee both read: the figures,
 * the conclusion, then one sentence per reason. Built only from the reason
 * codes and the exact figures, so the self-check page and the staff review
 * can never disagree.
 */
import { divideRoundHalfUp, formatYuan } from '../shared/money'
import type { CriterionOutcome } from './criteria'
import {
  CATEGORY_OF,
  SPECIAL_REASON_LABELS,
  SUDDEN_HARDSHIP_LABELS,
  type CriterionNumber,
  type ExclusionCode,
  type ExpenseItem,
  type HouseholdFacts,
  type UnmetCode,
} from './eligibility'
import { annualIncomeFen, netPerCapitaFraction, perCapitaBelowStandard, perCapitaCentifen, perCapitaFen, type IncomeFigures } from './income-figures'

/** 550.00 → "550", 550.5 → "550.50": whole yuan read better in a sentence. */
export function yuanText(fen: number): string {
  return formatYuan(fen).replace(/\.00$/, '')
}

const centifenText = (centifen: number) => (centifen / 10_000).toFixed(4).replace(/\.?0+$/, '')
const percentText = (percent: number) => (percent % 100 === 0 ? `${percent / 100}倍` : `${percent}%`)

type Texts = { p: string; b: string; l: string; limit: string; n: number; months: number }

/** The line (B, L or the criterion 4 ceiling, in 1/100 fen) P rounds onto without being on it: 549.995 shows as 550. */
function lineRoundedOnto(f: IncomeFigures): number | undefined {
  const shown = perCapitaFen(f) * 100
  const lines = [f.minimumLivingFen * 100, f.lowIncomeCentifen, f.suddenLimitCentifen]
  return lines.find((line) => shown === line && f.totalFen * 100 !== line * f.months * f.size)
}

function texts(f: IncomeFigures): Texts {
  return {
    // Where rounding would put P on a line it is not on, sentences comparing P use four decimals.
    p: lineRoundedOnto(f) === undefined ? yuanText(perCapitaFen(f)) : centifenText(perCapitaCentifen(f)),
    b: yuanText(f.minimumLivingFen),
    l: yuanText(divideRoundHalfUp(f.lowIncomeCentifen, 100)),
    limit: yuanText(divideRoundHalfUp(f.suddenLimitCentifen, 100)),
    n: f.size,
    months: f.months,
  }
}

/** Says which side of the line P really is when the reported figure hides it. */
function precisionNote(f: IncomeFigures): string {
  const line = lineRoundedOnto(f)
  if (line === undefined) return ''
  const side = f.totalFen * 100 < line * f.months * f.size ? '略低于' : '略高于'
  return `（四舍五入前约为${centifenText(perCapitaCentifen(f))}元，${side}${yuanText(line / 100)}元）`
}

function intro(f: IncomeFigures, source: string | undefined): string {
  const t = texts(f)
  const origin = source ? `（${source}）` : ''
  return (
    `家庭${t.n}人，近${t.months}个月家庭可支配收入合计${yuanText(f.totalFen)}元，人均每月${yuanText(perCapitaFen(f))}元${precisionNote(f)}；` +
    `低保标准${t.b}元${origin}，低收入标准${t.l}元。`
  )
}

/** A fraction of fen as yuan text; four decimals where two would show it exactly on `lineFen` without it being there. */
function amountNear(numerator: number, denominator: number, lineFen: number): string {
  const fen = divideRoundHalfUp(numerator, denominator)
  if (fen !== lineFen || numerator === lineFen * denominator) return yuanText(fen)
  return centifenText(divideRoundHalfUp(numerator * 100, denominator))
}

/** The deducted expenses as the applicant entered them: "医疗费20000元、子女上学10000元，共30000元", or the one figure given. */
function expensesNamed(expensesFen: number, items: readonly ExpenseItem[] | undefined): string {
  const entered = (items ?? []).filter((item) => item.fen > 0)
  if (entered.length === 0) return `年度必要支出${yuanText(expensesFen)}元`
  const list = entered.map((item) => `${item.label}${yuanText(item.fen)}元`).join('、')
  return entered.length === 1 ? list : `${list}，共${yuanText(expensesFen)}元`
}

function expensesClause(f: IncomeFigures, expensesFen: number, items: readonly ExpenseItem[] | undefined): string {
  const net = netPerCapitaFraction(f, expensesFen)
  const head = `近${f.months}个月收入折算全年${yuanText(annualIncomeFen(f))}元，扣除${expensesNamed(expensesFen, items)}后`
  // Expenses above the income leave nothing per person: say so, not a negative amount.
  if (net.numerator < 0) return `${head}人均每月不足0元（支出超过收入）`
  return `${head}人均每月${amountNear(net.numerator, net.denominator, f.minimumLivingFen)}元`
}

/** Criterion 3's band, with no lower bound: below B without 低保 is 低保边缘户 too (seed 002 ①). */
function lowIncomeBand(facts: HouseholdFacts, f: IncomeFigures): string {
  const t = texts(f)
  if (!perCapitaBelowStandard(f)) return `人均月收入${t.p}元在低保标准${t.b}元至低收入标准${t.l}元之间（含）`
  const dibao = facts.receivesDibao ? '' : '且未领取低保'
  return `人均月收入${t.p}元低于低保标准${t.b}元${dibao}，在低收入标准${t.l}元以内`
}

const NO_NET_TEST = '（本地政策不要求扣除支出后测算）'

function metSentence(criterion: CriterionNumber, facts: HouseholdFacts, f: IncomeFigures): string {
  const t = texts(f)
  switch (criterion) {
    case 2:
      if (!f.tests.dibaoIncomeTest) return `正在领取低保，本地政策将领取低保的职工家庭纳入建档，符合第2条。`
      return `人均月收入${t.p}元低于低保标准${t.b}元，正在领取低保且救助后仍低于低保标准，符合第2条。`
    case 1:
      return `近${t.months}个月每个月的人均收入都低于低保标准${t.b}元，且未领取低保，符合第1条。`
    case 3: {
      const causes = facts.specialReasons.map((r) => SPECIAL_REASON_LABELS[r]).join('、')
      const net = f.tests.specialNetTest ? `；${expensesClause(f, facts.specialExpensesAnnualFen, facts.specialExpenseItems)}，不高于低保标准` : NO_NET_TEST
      return `${lowIncomeBand(facts, f)}，因${causes}造成困难${net}，符合第3条。`
    }
    case 4: {
      const causes = facts.suddenHardships.map((h) => SUDDEN_HARDSHIP_LABELS[h]).join('、')
      const net = f.tests.suddenNetTest ? `；${expensesClause(f, facts.suddenExpensesAnnualFen, facts.suddenExpenseItems)}，不高于低保标准` : NO_NET_TEST
      return `人均月收入${t.p}元在低保标准的${percentText(f.suddenHardshipPercent)}（${t.limit}元）以内（含），因${causes}导致困难${net}，符合第4条。`
    }
  }
}

function unmetSentence(code: UnmetCode, facts: HouseholdFacts, f: IncomeFigures): string {
  const t = texts(f)
  const sentences: Record<UnmetCode, () => string> = {
    incomeNotBelowStandard: () => `人均月收入${t.p}元不低于低保标准${t.b}元，不符合第1、2条。`,
    notReceivingDibao: () => `未领取低保，不符合第2条。`,
    receivesDibao: () => `已领取低保，应按第2条认定，不适用第1条。`,
    notEveryMonthBelowStandard: () => `近${t.months}个月中只有${f.monthsBelow}个月的人均收入低于低保标准，需连续${t.months}个月都低于，不符合第1条。`,
    incomeAboveLowIncome: () => `人均月收入${t.p}元高于低收入标准${t.l}元，不符合第3条。`,
    noSpecialReason: () => `没有患病、子女上学、残疾、单亲或其他特殊原因，不符合第3条。`,
    specialExpensesInsufficient: () => `${expensesClause(f, facts.specialExpensesAnnualFen, facts.specialExpenseItems)}，仍高于低保标准${t.b}元，不符合第3条。`,
    incomeAboveSuddenHardshipLimit: () => `人均月收入${t.p}元超过低保标准的${percentText(f.suddenHardshipPercent)}（${t.limit}元），不符合第4条。`,
    noSuddenHardship: () => `没有遭受突发事件、意外伤害、重大疾病或自然灾害，不符合第4条。`,
    suddenExpensesInsufficient: () => `${expensesClause(f, facts.suddenExpensesAnnualFen, facts.suddenExpenseItems)}，仍高于低保标准${t.b}元，不符合第4条。`,
  }
  return sentences[code]()
}

export const EXCLUSION_TEXT: Record<ExclusionCode, string> = {
  twoOrMoreHomes: '拥有2套（含）以上住房',
  commercialPremises: '拥有商业店铺',
  employsOthers: '雇佣他人从事经营活动',
  highFeeSchooling: '子女进入高收费私立学校或自费出国留学',
  vehicles: '非受雇佣经常使用机动车辆、船舶、工程机械或大型农机具',
  refusedInvestigation: '拒绝调查核实家庭财产、收入状况',
  blacklisted: '已被列入建档黑名单',
}

export type Decision = { exclusions: ExclusionCode[]; outcomes: CriterionOutcome[]; criterion: CriterionNumber | null }

export function explain(facts: HouseholdFacts, f: IncomeFigures, source: string | undefined, d: Decision): string {
  const head = intro(f, source)
  if (d.exclusions.length > 0) {
    return `${head}结论：不予建档。存在不予建档的情形：${d.exclusions.map((c) => EXCLUSION_TEXT[c]).join('；')}。`
  }
  if (d.criterion !== null) {
    const met = d.outcomes.filter((o) => o.met).map((o) => metSentence(o.criterion, facts, f))
    return `${head}结论：符合第${d.criterion}条建档条件，困难类别为${CATEGORY_OF[d.criterion]}。${met.join('')}`
  }
  const codes = [...new Set(d.outcomes.flatMap((o) => (o.met ? [] : [o.code])))]
  return `${head}结论：不符合建档条件。${codes.map((c) => unmetSentence(c, facts, f)).join('')}`
}
