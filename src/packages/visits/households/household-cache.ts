/**
 * The helper's households as last loaded, kept on the phone: the list still
 * shows with no signal, and the visit form knows whose visit it is without
 * asking the server. Masked data only, as the server sent it.
 */
import Taro from '@tarojs/taro'
import type { MyHousehold } from '../../../domain/visit/visit-views'

const KEY = 'bangfu.visit.households.v1'

export type CachedHouseholds = { year: number; households: MyHousehold[]; helperName: string; loadedAt: string }

export function readHouseholds(): CachedHouseholds | null {
  const saved = Taro.getStorageSync<CachedHouseholds | ''>(KEY)
  return saved && Array.isArray(saved.households) ? saved : null
}

export const writeHouseholds = (cached: CachedHouseholds) => Taro.setStorageSync(KEY, cached)

export const cachedHousehold = (applicationId: string) => readHouseholds()?.households.find((h) => h.applicationId === applicationId) ?? null
