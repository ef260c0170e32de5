/**
 * Rules across fields of the 档案表. The schema runs each as soon as the
 * fields it reads are valid (`whenValid`).
 */
import type { z } from 'zod'
import { parseIdNumber } from '../shared/id-number'
import { OTHER_CODE } from '../value-lists/value-list'
import { memberLabel } from './member-fields'
import { WORKER_FIELDS as F } from './worker-fields'

type Ctx = z.RefinementCtx

/** 主要致困原因 exactly one (the field); 次要致困原因 never repeats it; “其他” needs its description. */
export function checkCauses(form: { mainCause: string; secondaryCauses: string[]; causeNote?: string | undefined }, ctx: Ctx): void {
  if (form.secondaryCauses.includes(form.mainCause)) {
    ctx.addIssue({ code: 'custom', path: ['secondaryCauses'], message: `${F.secondaryCauses.label}不能包含${F.mainCause.label}`, input: form.secondaryCauses })
  }
  const namesOther = form.mainCause === OTHER_CODE || form.secondaryCauses.includes(OTHER_CODE)
  if (namesOther && !form.causeNote) {
    ctx.addIssue({ code: 'custom', path: ['causeNote'], message: `选择了“其他”致困原因，请填写${F.causeNote.label}`, input: form.causeNote })
  }
}

/** One person, one ID: no member repeats the worker or another member. */
export function checkDistinctIdNumbers(form: { idNumber: string; members: readonly { idNumber: string }[] }, ctx: Ctx): void {
  const seen = new Map<string, string>([[form.idNumber, '职工本人']])
  form.members.forEach((member, index) => {
    const first = seen.get(member.idNumber)
    if (first !== undefined) {
      const message = `${memberLabel(index, '身份证号')}与${first}相同`
      ctx.addIssue({ code: 'custom', path: ['members', index, 'idNumber'], message, input: member.idNumber })
    } else {
      seen.set(member.idNumber, `家庭成员${index + 1}`)
    }
  })
}

/** 工作时间 cannot precede the birth the ID number records. */
export function checkWorkStart(today: string) {
  return (form: { idNumber: string; workStart: string }, ctx: Ctx): void => {
    const parsed = parseIdNumber(form.idNumber, today)
    if (parsed.valid && form.workStart < parsed.birthDate.slice(0, 7)) {
      ctx.addIssue({ code: 'custom', path: ['workStart'], message: `${F.workStart.label}不能早于出生日期`, input: form.workStart })
    }
  }
}
