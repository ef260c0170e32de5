/**
 * 签收单照片: aid recorded with a real JPEG the staff member uploaded; the
 * household's ledger gives its staff and helper a 5-minute link that the
 * local host really serves, and nobody else one. Someone else's upload is
 * refused naming `receiptUploadId`.
 */
import type { Server } from 'node:http'
import sharp from 'sharp'
import type { AidEntryView, Ledger } from '../../../src/domain/assistance/assistance-views'
import { acceptUpload } from '../../../cloudfunctions/features/uploads/accept-upload'
import { createHost, listen } from '../../../cloudfunctions/local-host/server'
import { dataOf, errorOf, makeTestEnv, quietLog, type TestEnv } from '../../support/test-deps'
import { rotatedJpeg } from '../uploads/images'
import { aid, assist, fileHousehold, HOUSEHOLDS } from './support/households'

const { li } = HOUSEHOLDS

describe('the signed receipt of an aid entry', () => {
  let env: TestEnv
  let server: Server
  let base: string
  let applicationId: string
  beforeAll(async () => {
    env = await makeTestEnv()
    server = createHost({ deps: env.deps, h5Dir: env.dir, tokenHours: 12, log: quietLog })
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`
    applicationId = await fileHousehold(env, li)
  })
  afterAll(async () => {
    server.closeAllConnections() // fetch keeps its sockets alive; closing them lets the worker exit
    await new Promise((r) => server.close(r))
    await env.close()
  })

  const ledgerOf = async (userId: string) => dataOf<Ledger>(await assist(env, userId, 'ledger', { applicationId })).entries

  it('records aid with the staff member’s own receipt photo and shows it to staff and helper through a 5-minute link', async () => {
    await acceptUpload(env.deps, { userId: li.grassroots }, { uploadId: 'receipt-photo-01', purpose: 'attachment', bytes: await rotatedJpeg() })
    const entry = dataOf<AidEntryView>(await assist(env, li.grassroots, 'record', aid(applicationId, { receiptUploadId: 'receipt-photo-01' })))
    expect(entry.hasReceipt).toBe(true)
    const plain = dataOf<AidEntryView>(await assist(env, li.grassroots, 'record', aid(applicationId, { amount: 80 })))

    const staffView = await ledgerOf(li.grassroots)
    const url = staffView.find((e) => e.id === entry.id)?.receiptUrl ?? ''
    expect(url).toMatch(/^\/files\/uploads\//)
    expect(staffView.find((e) => e.id === plain.id)).not.toHaveProperty('receiptUrl')
    expect((await ledgerOf(li.county)).find((e) => e.id === entry.id)?.receiptUrl).toMatch(/^\/files\//)
    expect((await ledgerOf(li.helper)).find((e) => e.id === entry.id)?.receiptUrl).toMatch(/^\/files\//)
    // The worker sees that there is a receipt, not the photo; the subtree-wide ledger carries no links.
    const own = (await ledgerOf(li.userId)).find((e) => e.id === entry.id)
    expect(own).toMatchObject({ hasReceipt: true })
    expect(own).not.toHaveProperty('receiptUrl')
    const subtree = dataOf<Ledger>(await assist(env, li.county, 'ledger', {})).entries
    expect(subtree.some((e) => e.receiptUrl)).toBe(false)

    const file = await fetch(`${base}${url}`)
    expect(file.status).toBe(200)
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 400 })
    env.clock.advance(5 * 60_000 + 1000)
    expect((await fetch(`${base}${url}`)).status).toBe(404)
  })

  it('refuses someone else’s upload, naming the field, and writes nothing', async () => {
    await acceptUpload(env.deps, { userId: li.county }, { uploadId: 'receipt-photo-02', purpose: 'attachment', bytes: await rotatedJpeg() })
    const before = (await ledgerOf(li.grassroots)).length
    const error = errorOf(await assist(env, li.grassroots, 'record', aid(applicationId, { receiptUploadId: 'receipt-photo-02' })))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { receiptUploadId: '签收单照片未上传或不属于您，请重新上传' } })
    expect(errorOf(await assist(env, li.grassroots, 'record', aid(applicationId, { receiptUploadId: 'never-uploaded' }))).fields).toHaveProperty(
      'receiptUploadId',
    )
    expect(await ledgerOf(li.grassroots)).toHaveLength(before)
  })
})
