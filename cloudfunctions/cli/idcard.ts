/**
 * `npm run -s idcard -- <number>` — checks a resident ID number and derives
 * birth date, sex and age (age on today's date in China, UTC+8). Exit 0:
 * valid; 1: not a valid number (`{ valid: false, reason }`); 2: usage error.
 */
import { parseIdNumber } from '../../src/domain/shared/id-number'
import { systemClock } from '../adapters/common/system-clock'
import { chinaDate } from '../core/ports/clock.port'
import { printJson, usageError } from './print-json'

function main(args: string[]): void {
  const [input, ...extra] = args
  if (input === undefined || extra.length > 0) return printJson(usageError('用法：npm run -s idcard -- <身份证号>（只接受一个号码）'), 2)
  const result = parseIdNumber(input, chinaDate(systemClock.now()))
  if (result.valid) printJson(result, 0)
  else printJson({ valid: false, reason: `身份证号${result.reason}` }, 1)
}

main(process.argv.slice(2))
