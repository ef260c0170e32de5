/**
 * The fund rule (seed 001 一(三)6): the level of a file decides which funds
 * may pay it — its own level or any level below, never a level above. A
 * 全国级 file may use every fund; a 基层级 file only 基层 funds.
 */
import { FILE_LEVELS, type FileLevel } from '../application/steps.schema'

/** Fund levels carry the same five labels as file levels. */
export const FUND_LEVELS = FILE_LEVELS
export type FundLevel = FileLevel

/** 0 is the top (全国级), 4 the bottom (基层级). */
export function fundRank(level: FundLevel): number {
  return FILE_LEVELS.indexOf(level)
}

export function isFileLevel(value: string): value is FileLevel {
  return (FILE_LEVELS as readonly string[]).includes(value)
}

/** True when a file of `fileLevel` may be paid from a fund of `fundLevel`. */
export function mayPayFrom(fileLevel: FileLevel, fundLevel: FundLevel): boolean {
  return fundRank(fundLevel) >= fundRank(fileLevel)
}

/** Why a payment is refused, naming both levels; undefined when the rule allows it. */
export function fundRuleProblem(fileLevel: string, fundLevel: FundLevel): string | undefined {
  if (!isFileLevel(fileLevel)) return `档案级别“${fileLevel}”无法识别，不能判断可用的资金级别`
  if (mayPayFrom(fileLevel, fundLevel)) return undefined
  const allowed = fileLevel === '基层级' ? '基层级帮扶资金' : `${fileLevel}及以下的帮扶资金`
  return `该户为${fileLevel}档案，只能使用${allowed}，不能使用${fundLevel}资金`
}
