/**
 * The supporting papers (本: 身份证、户口簿、收入证明、劳动合同、致困证明…),
 * one photo each, kept on the phone and uploaded through the outbox as soon
 * as they are taken. Which papers are needed, and how each becomes an 附件
 * row of the 档案表.
 */
import type { RequiredPaper } from '../../../domain/policy/policy'
import type { FieldErrors } from '../../../domain/shared/app-error'
import type { ResolvedValueLists } from '../../../domain/value-lists/value-list'

/** `localPath` is where the phone keeps the photo ('' when it was taken on another phone); `preview` a link to the uploaded copy. */
export type Paper = { uploadId: string; type: string; localPath: string; preview?: string }

export type PaperKind = { type: string; title: string; hint: string; min: number; max: number }

/** What the applicant is asked for, in this order; `min` photos are required (set by policy: `paperKindsFor`). */
export const PAPER_KINDS: readonly PaperKind[] = [
  { type: 'id-card', title: '身份证', hint: '正面、反面各一张', min: 2, max: 2 },
  { type: 'household-register', title: '户口簿', hint: '户主页和本人页', min: 1, max: 6 },
  { type: 'wage-certificate', title: '收入证明', hint: '本人及家庭成员工资收入证明', min: 0, max: 6 },
  { type: 'labour-contract', title: '劳动合同', hint: '签字页', min: 0, max: 4 },
  { type: 'hardship-proof', title: '致困证明', hint: '如诊断证明、残疾证、低保证', min: 0, max: 9 },
  { type: 'medical-receipts', title: '医疗费用收据', hint: '近一年的医疗费用结算收据', min: 0, max: 9 },
]

/** The kinds with the minimum the union's policy requires (Luzhou: the 劳动合同书 too); the server checks the same minimums. */
export function paperKindsFor(required: readonly RequiredPaper[]): PaperKind[] {
  return PAPER_KINDS.map((kind) => {
    const min = required.find((r) => r.type === kind.type)?.min ?? 0
    return { ...kind, min, max: Math.max(kind.max, min) }
  })
}

export const papersOfType = (papers: readonly Paper[], type: string) => papers.filter((p) => p.type === type)

/** `papers.id-card`: what is missing, in words. */
export function paperProblems(papers: readonly Paper[], kinds: readonly PaperKind[] = PAPER_KINDS): FieldErrors {
  const problems: FieldErrors = {}
  for (const kind of kinds) {
    const have = papersOfType(papers, kind.type).length
    if (have < kind.min) problems[`papers.${kind.type}`] = `请上传${kind.title}照片（${kind.hint}，还差${kind.min - have}张）`
  }
  return problems
}

/** Each photo is one 附件 row named after its type: 身份证复印件1, 身份证复印件2… */
export function papersAsAttachments(papers: readonly Paper[], lists: ResolvedValueLists) {
  return papers.map((paper) => {
    const label = lists.attachmentType.find((item) => item.code === paper.type)?.label ?? '附件'
    const n = papersOfType(papers, paper.type).indexOf(paper) + 1
    return { type: paper.type, name: `${label}${n}`.slice(0, 50), uploadId: paper.uploadId }
  })
}
