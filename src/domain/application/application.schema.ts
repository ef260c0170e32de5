/**
 * What the applicant sends to submit or resubmit: the 档案表 (`form`), the
 * 申报表 (`declaration`) and the consent. The form's value lists depend on the
 * union's regional policy, so the envelope only checks its shape here; the
 * server validates it with `fileFormSchema(rules, lists)` of the applicant's
 * union, and reports its problems under `form.` field paths.
 */
import { z } from 'zod'
import { declarationSchema } from '../file-form/declaration.schema'
import type { RuleContext } from '../shared/fields'
import { consentField } from './consent'

const objectOf = (label: string) => z.record(z.string(), z.unknown(), { error: `请填写${label}` }).meta({ title: label })

export const applicationIdField = () =>
  z
    .string({ error: '申请编号不能为空' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '申请编号不正确' })
    .meta({ title: '申请编号' })

export const submitApplicationInput = (rules: RuleContext) =>
  z.object({
    form: objectOf('困难职工档案表'),
    declaration: declarationSchema(rules),
    consent: consentField(),
  })

export const resubmitApplicationInput = (rules: RuleContext) =>
  z.object({
    applicationId: applicationIdField(),
    form: objectOf('困难职工档案表'),
    declaration: declarationSchema(rules),
    consent: consentField(),
  })

export type SubmitApplicationInput = z.output<ReturnType<typeof submitApplicationInput>>
