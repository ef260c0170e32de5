/** How a bound profile is stored: ID number and mobile sealed, with a keyed hash for lookup. */
import type { ProfileView } from '../../../src/domain/account/profile.schema'
import { maskIdNumber, maskMobile } from '../../../src/domain/shared/mask'
import type { Doc } from '../../core/ports/store.port'

export type ProfileDoc = {
  name: string
  idNumberSealed: string
  idNumberHash: string
  idNumberMasked: string
  mobileSealed: string
  mobileMasked: string
  sex: '男' | '女'
  birthDate: string
  unionId: string
  unionName: string
  unionPath: string
  /** Own union and its ancestors: queried through core/subtree.ts. */
  unionIds: string[]
  unionRegionCode: string
  boundAt: string
}

export function maskedFields(idNumber: string, mobile: string) {
  return { idNumberMasked: maskIdNumber(idNumber), mobileMasked: maskMobile(mobile) }
}

export function toProfileView(doc: Doc<ProfileDoc>): ProfileView {
  return {
    name: doc.name,
    idNumberMasked: doc.idNumberMasked,
    mobileMasked: doc.mobileMasked,
    sex: doc.sex,
    birthDate: doc.birthDate,
    union: { id: doc.unionId, name: doc.unionName, regionCode: doc.unionRegionCode },
    version: doc.version,
    boundAt: doc.boundAt,
  }
}
