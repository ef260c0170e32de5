/** The employee's bound profile: who they are and which grassroots union they belong to. */
import { z } from 'zod'
import { expectedVersion, idNumber, mobileNumber, personName, reference, type RuleContext } from '../shared/fields'

export function bindProfileInput(rules: RuleContext) {
  return z.object({
    name: personName('姓名'),
    idNumber: idNumber('身份证号', rules),
    mobile: mobileNumber('手机号码'),
    unionId: reference('所属基层工会'),
    expectedVersion: expectedVersion(),
  })
}

export type BindProfileInput = z.input<ReturnType<typeof bindProfileInput>>

/** What the employee sees on 我的: masked, never the plain numbers. */
export type ProfileView = {
  name: string
  idNumberMasked: string
  mobileMasked: string
  sex: '男' | '女'
  birthDate: string
  /** `regionCode` decides the value lists and 低保 standard the apply form uses. */
  union: { id: string; name: string; regionCode: string }
  version: number
  boundAt: string
}
