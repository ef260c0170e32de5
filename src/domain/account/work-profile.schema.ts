/**
 * 职务 and work phone of staff and helpers: the worker's copy of the 联系卡
 * prints them, so the household can reach its helper and its union contact.
 * A work phone is a landline (区号-号码) or a mobile number.
 */
import { z } from 'zod'
import { requiredText } from '../shared/fields'

export const WORK_PHONE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$/

export const workProfileInput = () =>
  z.object({
    title: requiredText('职务', 20),
    workPhone: z
      .string({ error: '工作电话不能为空' })
      .trim()
      .regex(WORK_PHONE, { error: '工作电话应为固定电话（如0335-1234567）或11位手机号' })
      .meta({ title: '工作电话' }),
  })

export type WorkProfile = { title: string; workPhone: string }
