/**
 * One 附件 row of the 困难职工档案表: type, name, remark (seed 001 附件1), and
 * the photo of the paper: the id of the applicant's own upload (purpose
 * `attachment`), which the server checks belongs to them. A row without a
 * photo records a paper handed in on paper.
 */
import { z } from 'zod'
import { requiredText } from '../shared/fields'
import { uploadIdField } from '../upload/upload'
import type { ResolvedValueLists } from '../value-lists/value-list'
import { choice } from './choice-fields'
import { optionalText } from './form-fields'
import { indexedRows } from './indexed-rows'
import { ATTACHMENT_FIELDS as F } from './worker-fields'

export const MAX_ATTACHMENTS = 30

export function attachmentSchema(lists: ResolvedValueLists, index: number) {
  const l = (spec: { label: string }) => `附件${index + 1}的${spec.label}`
  return z.object({
    type: choice(l(F.type), lists.attachmentType),
    name: requiredText(l(F.name), 50),
    remark: optionalText(l(F.remark), 200),
    uploadId: uploadIdField(l(F.uploadId)).optional(),
  })
}

export function attachmentsSchema(lists: ResolvedValueLists) {
  return indexedRows('附件', MAX_ATTACHMENTS, '项', (index) => attachmentSchema(lists, index))
}
