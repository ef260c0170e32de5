/**
 * The Files port on CloudBase storage, through @cloudbase/node-sdk against the
 * wire-level stand-in: paths in, file IDs on the wire, short-lived links out.
 */
import { CloudbaseFiles } from '../../cloudfunctions/adapters/cloudbase/files.cloudbase'
import { FakeCloudbase, FILE_ID_PREFIX } from './support/fake-cloudbase'

let fake: FakeCloudbase
let files: CloudbaseFiles

beforeEach(async () => {
  fake = await new FakeCloudbase().start()
  files = new CloudbaseFiles(fake.app())
})
afterEach(() => fake.close())

describe('CloudBase files', () => {
  it('uploads to the cloud path, reads it back and links it for the time asked', async () => {
    await files.put('visits/v1/photo-1.jpg', Buffer.from('jpeg bytes'), 'image/jpeg')
    expect(fake.files.get('visits/v1/photo-1.jpg')?.toString()).toBe('jpeg bytes')
    expect((await files.read('visits/v1/photo-1.jpg'))?.toString()).toBe('jpeg bytes')
    expect(await files.signedUrl('visits/v1/photo-1.jpg', 300)).toMatch(/\/cos\/visits%2Fv1%2Fphoto-1\.jpg\?sign=s&t=300$/)
    const links = fake.requests.filter((r) => r.action === 'storage.batchGetDownloadUrl')
    expect(links.at(-1)).toMatchObject({ file_list: [{ fileid: `${FILE_ID_PREFIX}visits/v1/photo-1.jpg`, max_age: 300 }] })
  })

  it('learns the file ID prefix once, from the service, when the container has not uploaded yet', async () => {
    expect(await files.read('a/missing.jpg')).toBeNull()
    expect(await files.read('a/also-missing.jpg')).toBeNull()
    expect(fake.requests.filter((r) => r.action === 'storage.getUploadMetadata')).toHaveLength(1)
    await expect(files.signedUrl('a/missing.jpg', 60)).rejects.toThrow(/no such file/)
  })

  it('links many files in one request per 50, in the order asked, learning the prefix once', async () => {
    const paths = Array.from({ length: 120 }, (_, i) => `visits/v1/photo-${i}.jpg`)
    for (const p of paths) fake.files.set(p, Buffer.from(p))
    const links = await files.signedUrls(paths, 300)
    expect(links).toHaveLength(120)
    links.forEach((link, i) => expect(link).toContain(encodeURIComponent(paths[i]!)))
    const calls = fake.requests.filter((r) => r.action === 'storage.batchGetDownloadUrl')
    expect(calls.map((c) => (c.file_list as unknown[]).length)).toEqual([50, 50, 20])
    expect(fake.requests.filter((r) => r.action === 'storage.getUploadMetadata')).toHaveLength(1)
    await expect(files.signedUrls(['visits/v1/photo-0.jpg', 'a/missing.jpg'], 60)).rejects.toThrow(/a\/missing\.jpg/)
  })

  it('removes by file ID and treats an already missing file as removed', async () => {
    await files.put('a/b.jpg', Buffer.from('x'), 'image/jpeg')
    await files.remove('a/b.jpg')
    await files.remove('a/b.jpg')
    expect(fake.files.size).toBe(0)
    expect(fake.requests.filter((r) => r.action === 'storage.batchDeleteFile').at(0)).toMatchObject({ fileid_list: [`${FILE_ID_PREFIX}a/b.jpg`] })
  })

  it('refuses a path that could climb out of its folder', async () => {
    await expect(files.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/)
    await expect(files.read('/abs/path')).rejects.toThrow(/unsafe/)
  })
})
