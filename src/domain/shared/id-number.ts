/**
 * Chinese resident ID numbers (GB 11643-1999): 18 characters, the last an
 * ISO 7064 MOD 11-2 check character; legacy 15-digit numbers are upgraded.
 * Pure: the caller passes "today" so the result never depends on a clock.
 */
import dayjs from 'dayjs'

export type IdNumberFacts = {
  valid: true
  normalized: string
  birthDate: string
  sex: '男' | '女'
  age: number
}

export type IdNumberProblem = { valid: false; reason: string }

export type IdNumberResult = IdNumberFacts | IdNumberProblem

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

/** Upgrades a 15-digit number (born 19xx) to its 18-character form. */
export function upgradeLegacy(fifteen: string): string {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`
  return first17 + checkCharacter(first17)
}

function fail(reason: string): IdNumberProblem {
  return { valid: false, reason }
}

/** Whole years between two ISO dates, counting a birthday not yet reached this year. */
export function ageOn(birthDate: string, today: string): number {
  return dayjs(today).diff(dayjs(birthDate), 'year')
}

export function parseIdNumber(input: string, today: string): IdNumberResult {
  const raw = input.trim().toUpperCase()
  if (raw === '') return fail('不能为空')
  if (/^\d{15}$/.test(raw)) return parseIdNumber(upgradeLegacy(raw), today)
  if (raw.length !== 18) return fail('应为18位（或15位旧号码）')
  if (!/^\d{17}[\dX]$/.test(raw)) return fail('只能包含数字，最后一位可以是X')
  if (!/^[1-9]\d{5}$/.test(raw.slice(0, 6))) return fail('地址码不正确')

  const y = Number(raw.slice(6, 10))
  const m = Number(raw.slice(10, 12))
  const d = Number(raw.slice(12, 14))
  const birth = dayjs(new Date(y, m - 1, d))
  const realDate = y >= 1900 && birth.year() === y && birth.month() === m - 1 && birth.date() === d
  if (!realDate) return fail('出生日期不是有效日期')
  const birthDate = birth.format('YYYY-MM-DD')
  if (birthDate > today) return fail('出生日期晚于今天')

  if (checkCharacter(raw.slice(0, 17)) !== raw[17]) return fail('校验位不正确')

  return {
    valid: true,
    normalized: raw,
    birthDate,
    sex: Number(raw[16]) % 2 === 1 ? '男' : '女',
    age: ageOn(birthDate, today),
  }
}
