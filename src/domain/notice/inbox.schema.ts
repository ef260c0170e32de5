import { z } from 'zod'
import { NOTICE_KINDS, type NoticeKind } from './notice'

export const listNoticesInput = () =>
  z.object({
    cursor: z.string({ error: '翻页参数应为文字' }).max(200, { error: '翻页参数不正确' }).optional().meta({ title: '翻页位置' }),
    kind: z
      .enum(Object.keys(NOTICE_KINDS) as [NoticeKind, ...NoticeKind[]], { error: '消息类别不正确' })
      .optional()
      .meta({ title: '消息类别', description: '只看这一类消息' }),
  })

/** Admins' list of notices the outside channel gave up on, newest first. */
export const deadNoticesInput = () =>
  z.object({
    cursor: z.string({ error: '翻页参数应为文字' }).max(200, { error: '翻页参数不正确' }).optional().meta({ title: '翻页位置' }),
  })

export const markReadInput = () =>
  z.object({
    ids: z
      .array(z.string({ error: '消息编号应为文字' }).min(1).max(200), { error: '请指定要标为已读的消息' })
      .min(1, { error: '请至少选择一条消息' })
      .max(100, { error: '一次最多标记100条消息' })
      .meta({ title: '消息编号' }),
  })

/** The template ids the user tapped 允许 for in WeChat's subscription dialog. */
export const subscribeInput = () =>
  z.object({
    accepted: z
      .array(z.string({ error: '模板编号应为文字' }).regex(/^[A-Za-z0-9_-]{10,64}$/, { error: '模板编号不正确' }), { error: '请提供同意订阅的消息模板' })
      .max(20, { error: '一次最多订阅20个消息模板' })
      .meta({ title: '同意订阅的消息模板' }),
  })

export const noInput = () => z.object({}).meta({ title: '无参数' })
