/**
 * Measures and plans as the household's region words them (seed 001 附件3:
 * 解困脱困措施选项 and 解困脱困计划选项). A choice may be given by its code or
 * its label; it is stored as both, so the card prints the region's wording
 * and statistics count codes. 其他（注明） needs its text.
 */
import type { ChosenItem } from '../../../src/domain/assistance/assistance-views'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ValueList } from '../../../src/domain/value-lists/value-list'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'

export type PlanLists = { measures: ValueList; plans: ValueList }

export function planLists(regionCode: string, today: string): PlanLists {
  const lists = valueListsFor(resolvePolicy(regionCode, today).valueListSet)
  return { measures: lists.measure, plans: lists.actionPlan }
}

/** The chosen items in the list's order, or INVALID_INPUT naming `field` and the unknown choice. */
export function chooseFrom(list: ValueList, given: readonly string[], field: string, label: string): ChosenItem[] {
  const chosen = new Set<string>()
  for (const value of given) {
    const item = list.find((i) => i.code === value || i.label === value || i.short === value)
    if (!item) {
      const message = `${label}“${value}”不在本地区的选项中，可选：${list.map((i) => i.label).join('、')}`
      throw new AppError('INVALID_INPUT', message, { [field]: message })
    }
    chosen.add(item.code)
  }
  return list.filter((i) => chosen.has(i.code)).map((i) => ({ code: i.code, label: i.label }))
}

/** 其他（注明） ticked without its text, or text given without ticking it. */
export function otherProblem(items: ChosenItem[], text: string | undefined, label: string): string | undefined {
  const ticked = items.some((i) => i.code === 'other')
  if (ticked && !text) return `选择了其他${label}，请注明具体内容`
  if (!ticked && text) return `注明其他${label}时请同时勾选“其他（注明）”`
  return undefined
}
