/**
 * One person, one open application or active file: every ID number in a
 * household holds the claim `household:<hash>` → the application, inserted in
 * the submitting transaction (so two households racing for one person cannot
 * both win) and released only when the application is refused. Filed
 * applications keep their claims: the person is in an active file.
 * The blacklist (`blacklist/<hash>`) is checked in the same transaction.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import type { DocOps } from '../../core/ports/store.port'

type Claim = { ownerId: string }

/** Position 0 is the worker, then the members in form order. */
export function personLabel(index: number): string {
  return index === 0 ? '职工本人' : `家庭成员${index}`
}

export function idFieldPath(index: number): string {
  return index === 0 ? 'form.idNumber' : `form.members.${index - 1}.idNumber`
}

const claimId = (hash: string) => `household:${hash}`

export async function refuseBlacklisted(tx: DocOps, hashes: readonly string[]): Promise<void> {
  for (const [index, hash] of hashes.entries()) {
    if (!(await tx.get('blacklist', hash))) continue
    const message = `${personLabel(index)}的身份证号已列入建档黑名单，不能申请`
    throw new AppError('CONFLICT', message, { [idFieldPath(index)]: message })
  }
}

export async function claimHousehold(tx: DocOps, hashes: readonly string[], applicationId: string): Promise<void> {
  for (const [index, hash] of hashes.entries()) {
    const claim = await tx.get<Claim>('claims', claimId(hash))
    if (claim?.ownerId === applicationId) continue
    if (claim) {
      const message = `${personLabel(index)}的身份证号已在其他申请或档案中，不能重复申请`
      throw new AppError('DUPLICATE', message, { [idFieldPath(index)]: message })
    }
    await tx.insert<Claim>('claims', claimId(hash), { ownerId: applicationId })
  }
}

/** Releases the application's own claims on `hashes`; another's claim is left alone. */
export async function releaseHousehold(tx: DocOps, hashes: readonly string[], applicationId: string): Promise<void> {
  for (const hash of hashes) {
    const claim = await tx.get<Claim>('claims', claimId(hash))
    if (claim?.ownerId === applicationId) await tx.remove('claims', claim.id, claim.version)
  }
}
