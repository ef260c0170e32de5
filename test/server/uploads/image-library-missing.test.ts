/**
 * When sharp cannot be loaded at all (no native libvips and no WebAssembly
 * build), registering an image answers a Chinese error that says so — code
 * INTERNAL, which the phone shows as a service fault, not a network one —
 * and the incoming file is still removed. Records that only reference
 * uploads never load sharp.
 */
import { makeTestEnv, quietLog, type TestEnv } from '../../support/test-deps'

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv()
})
afterEach(() => env.close())

it('answers 图片处理组件未能加载 when sharp does not load, and removes the incoming file', async () => {
  jest.resetModules()
  jest.doMock('sharp', () => {
    throw new Error('simulated: GLIBC_2.28 not found')
  })
  const { dispatch } = await import('../../../cloudfunctions/core/dispatch')
  const { uploadActions } = await import('../../../cloudfunctions/features/uploads/uploads.actions')
  const { IMAGE_LIBRARY_MISSING } = await import('../../../cloudfunctions/features/uploads/image-libraries')
  await env.deps.files.put('incoming/cloud-photo-09', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg')
  const data = { uploadId: 'cloud-photo-09', purpose: 'visitPhoto', fileId: 'cloud://test-env.7465-test-env-1300000000/incoming/cloud-photo-09' }
  const answer = await dispatch(
    'uploads',
    uploadActions,
    { action: 'register', data, requestId: 'req-missing-sharp' },
    { kind: 'user', userId: 'demo-helper1' },
    env.deps,
    quietLog,
  )
  expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: IMAGE_LIBRARY_MISSING } })
  expect(IMAGE_LIBRARY_MISSING).toMatch(/^图片处理组件未能加载/)
  expect(await env.deps.files.read('incoming/cloud-photo-09')).toBeNull()
})
