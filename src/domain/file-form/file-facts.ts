/**
 * Values the 档案表 prints but nobody types: sex, birth date and age from each
 * ID number, household size and annual total income. The server computes them
 * from the validated form and ignores any a client sent. 家庭月人均收入 is not
 * here: it is disposable income per person (shared/per-capita.ts), which needs
 * the 申报表's tax and contributions, so the application computes it once for
 * the 档案表, the 申报表, the engine, the staff view and the printout.
 *
 * Household size counts the worker plus the listed members: seed 001 lists the
 * worker apart from the 家庭成员信息表格 (whose relations, 父亲…女儿/其他,
 * have no 本人), and 家庭总人口 counts everyone registered and living together.
 *
 * Annual total income = 12 × (the worker's monthly income + every member's)
 * + the household's other, non-wage annual income: the seeds' 家庭年度总收入,
 * gross (the 申报表 carries the tax and contributions).
 */
import { parseIdNumber } from '../shared/id-number'

export type PersonFacts = { sex: '男' | '女'; birthDate: string; age: number }

export type FileFacts = {
  worker: PersonFacts
  members: PersonFacts[]
  householdSize: number
  annualTotalIncomeFen: number
}

/** What the facts are computed from: a validated form (ID numbers normalised, yuanAmount in fen). */
export type FactsSource = {
  idNumber: string
  monthlyIncome: number
  otherAnnualIncome: number
  members: readonly { idNumber: string; monthlyIncome: number }[]
}

/** Facts of a validated ID number; an invalid one here is a programming error. */
export function personFacts(idNumber: string, today: string): PersonFacts {
  const parsed = parseIdNumber(idNumber, today)
  if (!parsed.valid) throw new Error(`身份证号未经校验：${parsed.reason}`)
  return { sex: parsed.sex, birthDate: parsed.birthDate, age: parsed.age }
}

export function deriveFileFacts(form: FactsSource, today: string): FileFacts {
  const householdSize = 1 + form.members.length
  const monthlyWagesFen = form.members.reduce((sum, member) => sum + member.monthlyIncome, form.monthlyIncome)
  const annualTotalIncomeFen = 12 * monthlyWagesFen + form.otherAnnualIncome
  return {
    worker: personFacts(form.idNumber, today),
    members: form.members.map((member) => personFacts(member.idNumber, today)),
    householdSize,
    annualTotalIncomeFen,
  }
}
