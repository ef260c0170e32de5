/**
 * The papers policy requires with an application (seed 001 一（三）5: 劳动合同书,
 * 身份证复印件, 户口簿复印件…): each 附件类型 at least `min` times among the
 * 附件 rows. The phone counts the same papers before it lets the form go.
 */
import type { z } from 'zod'
import type { RequiredPaper } from '../policy/policy'
import { labelOf, type ResolvedValueLists } from '../value-lists/value-list'

/** What is missing, one sentence per paper: empty when every required paper is there. */
export function missingPapers(
  required: readonly RequiredPaper[],
  types: readonly string[],
  lists: Pick<ResolvedValueLists, 'attachmentType'>,
): { type: string; message: string }[] {
  return required.flatMap(({ type, min }) => {
    const have = types.filter((t) => t === type).length
    if (have >= min) return []
    const name = labelOf(lists.attachmentType, type)
    return [{ type, message: `请上传${name}（至少${min}张，还差${min - have}张）` }]
  })
}

export function checkRequiredPapers(required: readonly RequiredPaper[], lists: ResolvedValueLists) {
  return (form: { attachments: readonly { type: string }[] }, ctx: z.RefinementCtx): void => {
    const missing = missingPapers(
      required,
      form.attachments.map((a) => a.type),
      lists,
    )
    if (missing.length === 0) return
    const message = missing.map((m) => m.message).join('；')
    ctx.addIssue({ code: 'custom', path: ['attachments'], message, input: form.attachments })
  }
}
