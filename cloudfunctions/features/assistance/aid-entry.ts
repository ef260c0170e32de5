/**
 * One aid entry for one household, checked before anything is written: the
 * kind is on the region's list, the date is not before the file was made,
 * something was given (cash or goods), and the fund rule (seed 001 一(三)6)
 * allows the fund's level for the file's level. Shared by `record` and
 * `campaign`, so a campaign refuses exactly what a single entry would.
 */
import { fundRuleProblem, type FundLevel } from '../../../src/domain/assistance/fund-rule'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { filedOn, type FileDoc } from '../visit/visit.doc'
import type { AidDoc } from './assistance.doc'

export type AidFields = {
  date: string
  kind: string
  amount: number
  fundLevel: FundLevel
  goods?: { name: string; value: number } | undefined
  fund?: string | undefined
  project?: string | undefined
  remarks?: string | undefined
  handledBy?: string | undefined
}

/** A refusal names the field it is about, so one entry can answer 400/409 with `fields` and a campaign per household. */
export type AidProblem = { field: string; message: string; code: 'INVALID_INPUT' | 'CONFLICT' }

export function aidProblem(ctx: ActionContext, file: Doc<FileDoc>, aid: AidFields): AidProblem | undefined {
  const kinds = resolvePolicy(file.regionCode, ctx.today).aidKinds
  if (!kinds.includes(aid.kind)) return { field: 'kind', code: 'INVALID_INPUT', message: `帮扶类别应为${kinds.join('、')}之一` }
  const since = filedOn(file)
  if (aid.date < since) return { field: 'date', code: 'INVALID_INPUT', message: `帮扶日期不能早于建档日期（${since}）` }
  if (aid.amount === 0 && !aid.goods?.value) return { field: 'amount', code: 'INVALID_INPUT', message: '帮扶金额与物资价值不能都为0' }
  const fund = fundRuleProblem(file.filed.fileLevel, aid.fundLevel)
  return fund ? { field: 'fundLevel', code: 'CONFLICT', message: fund } : undefined
}

export function aidDoc(ctx: ActionContext, file: Doc<FileDoc>, aid: AidFields, extra: Partial<AidDoc> = {}): AidDoc {
  return {
    ...{ applicationId: file.id, applicantId: file.applicantId, applicantName: file.applicantName, fileNumber: file.filed.fileNumber },
    ...{ fileLevel: file.filed.fileLevel, unionId: file.unionId, unionName: file.unionName, unionPath: file.unionPath, unionIds: file.unionIds },
    ...{ date: aid.date, year: Number(aid.date.slice(0, 4)), kind: aid.kind, amountFen: aid.amount, fundLevel: aid.fundLevel },
    ...(aid.goods ? { goods: { name: aid.goods.name, valueFen: aid.goods.value } } : {}),
    ...(aid.fund ? { fund: aid.fund } : {}),
    ...(aid.project ? { project: aid.project } : {}),
    ...(aid.remarks ? { remarks: aid.remarks } : {}),
    handledBy: aid.handledBy ?? ctx.caller.displayName,
    recordedBy: { id: ctx.caller.userId, name: ctx.caller.displayName, at: ctx.now, unionName: ctx.caller.staff?.unionName ?? file.unionName },
    ...extra,
  }
}

export function aidNoticeBody(aid: Pick<AidDoc, 'date' | 'kind' | 'amountFen' | 'goods' | 'project' | 'unionName' | 'recordedBy'>): string {
  const cash = aid.amountFen ? `${(aid.amountFen / 100).toFixed(2)}元` : ''
  const goods = aid.goods ? `${aid.goods.name}（折合${(aid.goods.valueFen / 100).toFixed(2)}元）` : ''
  const what = [cash, goods].filter(Boolean).join('及')
  return `${aid.date}，${aid.recordedBy.unionName ?? aid.unionName}为您家发放${aid.kind}${aid.project ? `（${aid.project}）` : ''}：${what}。可在“我的帮扶”中查看帮扶记录。`
}
