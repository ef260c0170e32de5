/**
 * Every value-list set by id. Regional policy records name a set by its id;
 * `valueListsFor` resolves it over its parents into the complete lists the
 * file form validates against.
 */
import { JINGMEN_SET } from './jingmen.set'
import { LUZHOU_SET } from './luzhou.set'
import { NATIONAL_MAX_SECONDARY_CAUSES, NATIONAL_SET } from './national.set'
import { SHANDONG_SET } from './shandong.set'
import { SHAOXING_SET } from './shaoxing.set'
import { VALUE_LIST_NAMES, type ResolvedValueLists, type ValueList, type ValueListName, type ValueListSet } from './value-list'

export const VALUE_LIST_SETS: Record<string, ValueListSet> = {
  national: NATIONAL_SET,
  shandong: SHANDONG_SET,
  luzhou: LUZHOU_SET,
  jingmen: JINGMEN_SET,
  shaoxing: SHAOXING_SET,
}

export const DEFAULT_VALUE_LIST_SET_ID = 'national'

/** The set and its ancestors, nearest first. */
function lineage(setId: string, sets: Record<string, ValueListSet>): ValueListSet[] {
  const chain: ValueListSet[] = []
  for (let id: string | undefined = setId; id !== undefined; ) {
    const set: ValueListSet | undefined = sets[id]
    if (!set) throw new Error(`未知的取值列表集：${id}`)
    if (chain.includes(set)) throw new Error(`取值列表集循环继承：${id}`)
    chain.push(set)
    id = set.extends
  }
  return chain
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined)
}

/** The complete lists of a set: each list from the nearest set that gives it. Throws on an unknown id (a configuration error). */
export function valueListsFor(setId: string, sets: Record<string, ValueListSet> = VALUE_LIST_SETS): ResolvedValueLists {
  const chain = lineage(setId, sets)
  const lists = {} as Record<ValueListName, ValueList>
  for (const name of VALUE_LIST_NAMES) {
    const list = firstDefined(chain.map((set) => set.lists[name]))
    if (!list) throw new Error(`取值列表集${setId}缺少列表：${name}`)
    lists[name] = list
  }
  return {
    ...lists,
    setId,
    setName: chain[0]?.name ?? setId,
    maxSecondaryCauses: firstDefined(chain.map((set) => set.maxSecondaryCauses)) ?? NATIONAL_MAX_SECONDARY_CAUSES,
    instructions: firstDefined(chain.map((set) => set.instructions)) ?? [],
  }
}
