/**
 * What each 致困原因 code means to the eligibility criteria: the special
 * reasons of criterion 3 and the sudden hardships of criterion 4. Codes come
 * from every region's cause list (value-lists); a code means the same
 * wherever it appears. Causes that describe the income itself (收入低, 无劳动
 * 能力, 未参加社会保险…) are no criterion's reason: the income test sees them.
 */
import type { SpecialReason, SuddenHardship } from '../eligibility/eligibility'

export type CauseMeaning = { special: readonly SpecialReason[]; sudden: readonly SuddenHardship[] }

const means = (special: readonly SpecialReason[], sudden: readonly SuddenHardship[] = []): CauseMeaning => ({ special, sudden })

export const CAUSE_MEANINGS: Readonly<Record<string, CauseMeaning>> = {
  // The national list (seeds 001, 002): 家庭成员患重特大疾病 is both an illness (3) and a major illness (4).
  'serious-illness': means(['illness'], ['majorIllness']),
  'natural-disaster': means([], ['disaster']),
  accident: means([], ['accident']),
  schooling: means(['schooling']),
  // "患病、子女上学、残疾、单亲及其他特殊原因" (seed 001); seed 003 names 下岗失业 among the causes outright.
  'laid-off': means(['other']),
  other: means(['other']),
  // Shaoxing 2010 (seed 003 填表说明 18).
  'own-serious-illness': means(['illness'], ['majorIllness']),
  'dependant-serious-illness': means(['illness'], ['majorIllness']),
  'accident-disaster': means([], ['accident', 'disaster']),
  disability: means(['disability']),
}

/** The special reasons and sudden hardships the chosen causes mean, each once, in a stable order. */
export function meaningOfCauses(causes: readonly string[]): { special: SpecialReason[]; sudden: SuddenHardship[] } {
  const found = causes.map((code) => CAUSE_MEANINGS[code] ?? means([]))
  return { special: [...new Set(found.flatMap((m) => m.special))], sudden: [...new Set(found.flatMap((m) => m.sudden))] }
}
