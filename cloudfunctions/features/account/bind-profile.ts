/**
 * An employee binds (or corrects) their profile. One ID number belongs to one
 * account: the claim document `idNumber:<hash>` is inserted in the same
 * transaction, so two accounts racing for one number cannot both win.
 * The staff of the chosen grassroots union get a 新职工绑定 notice.
 */
import type { z } from 'zod'
import type { bindProfileInput, ProfileView } from '../../../src/domain/account/profile.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import { parseIdNumber } from '../../../src/domain/shared/id-number'
import { maskName } from '../../../src/domain/shared/mask'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, staffOfUnion } from '../../core/notices'
import type { DocOps } from '../../core/ports/store.port'
import { placedIn } from '../../core/subtree'
import { maskedFields, toProfileView, type ProfileDoc } from './profile.doc'

type Input = z.output<ReturnType<typeof bindProfileInput>>

type Claim = { ownerId: string }

async function claimIdNumber(tx: DocOps, hash: string, userId: string): Promise<void> {
  const id = `idNumber:${hash}`
  const claim = await tx.get<Claim>('claims', id)
  if (claim && claim.ownerId !== userId) {
    throw new AppError('DUPLICATE', '该身份证号已被其他账号绑定，如有疑问请联系所在工会', { idNumber: '该身份证号已被其他账号绑定' })
  }
  if (!claim) await tx.insert<Claim>('claims', id, { ownerId: userId })
}

async function releaseIdNumber(tx: DocOps, hash: string): Promise<void> {
  const claim = await tx.get<Claim>('claims', `idNumber:${hash}`)
  if (claim) await tx.remove('claims', claim.id, claim.version)
}

export async function bindProfile(ctx: ActionContext, input: Input): Promise<ProfileView> {
  const { store, keys } = ctx.deps
  const userId = ctx.caller.userId
  const union = await store.get<Union>('unions', input.unionId)
  if (!union || union.level !== 'grassroots') {
    throw new AppError('INVALID_INPUT', '所属基层工会不存在，请重新选择', { unionId: '所属基层工会不存在，请重新选择' })
  }
  const facts = parseIdNumber(input.idNumber, ctx.today)
  if (!facts.valid) throw new AppError('INVALID_INPUT', `身份证号${facts.reason}`, { idNumber: `身份证号${facts.reason}` })

  const existing = await store.get<ProfileDoc>('profiles', userId)
  if (existing && input.expectedVersion !== existing.version) {
    throw new AppError('CONFLICT', '您的信息已在别处修改，请刷新后再改', { expectedVersion: '信息已更新，请刷新' })
  }
  const recipients = !existing || existing.unionId !== union.id ? await staffOfUnion(ctx.deps, union.id) : []
  const idNumberHash = keys.lookupHash('idNumber', facts.normalized)
  const doc: ProfileDoc = {
    name: input.name,
    idNumberSealed: keys.seal(facts.normalized),
    idNumberHash,
    ...maskedFields(facts.normalized, input.mobile),
    mobileSealed: keys.seal(input.mobile),
    sex: facts.sex,
    birthDate: facts.birthDate,
    ...placedIn(union),
    unionName: union.name,
    unionRegionCode: union.regionCode,
    boundAt: existing?.boundAt ?? ctx.now,
  }

  return ctx.transact(async (tx) => {
    await claimIdNumber(tx, idNumberHash, userId)
    if (existing && existing.idNumberHash !== idNumberHash) await releaseIdNumber(tx, existing.idNumberHash)
    const saved = existing ? await tx.update<ProfileDoc>('profiles', userId, existing.version, doc) : await tx.insert<ProfileDoc>('profiles', userId, doc)
    await audit(ctx, tx, {
      action: existing ? 'profile.update' : 'profile.bind',
      targetCollection: 'profiles',
      targetId: userId,
      fields: ['name', 'idNumber', 'mobile', 'unionId'],
    })
    await notify(ctx, tx, {
      kind: 'employeeBound',
      recipients,
      eventKey: `bound:${userId}:${union.id}`,
      body: `职工${maskName(input.name)}已绑定到${union.name}，手机${doc.mobileMasked}。`,
    })
    return toProfileView(saved)
  })
}
