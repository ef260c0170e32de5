/** Shared computers: what a signed-in person keeps in the browser goes at sign-out, and when someone else signs in. */
import { claimDeviceFor, forgetUserData, OWNER_KEY, type KeyStorage } from '../../src/api/user-data'
import { DRAFT_KEY } from '../../src/packages/apply/form/apply-draft'

/** localStorage as the browser build sees it, in a map. */
function memoryStorage(seed: Record<string, string> = {}): KeyStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(seed))
  return { map, keys: () => [...map.keys()], read: (k) => map.get(k) ?? null, write: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) }
}

const employeeLeft = () => ({
  [OWNER_KEY]: 'employee1',
  'bangfu.token': 't1.x.y',
  [DRAFT_KEY]: JSON.stringify({ form: { idNumber: '110101199003070019', bankCardNumber: '6222020200001234567' } }),
  'bangfu.photo.up-1': 'data:image/jpeg;base64,AAAA',
  'bangfu.outbox.v1': '[]',
  'bangfu.visit.households.v1': '{}',
  'other-site-key': 'kept',
})

describe('device data belongs to one signed-in user', () => {
  it('is all removed at sign-out, and nothing outside the app', () => {
    const storage = memoryStorage(employeeLeft())
    forgetUserData(storage)
    expect([...storage.map.keys()]).toEqual(['other-site-key'])
  })

  it('is removed when someone else signs in on the same browser (the first person never signed out)', () => {
    const storage = memoryStorage(employeeLeft())
    expect(claimDeviceFor(storage, 'staff-u01')).toBe(true)
    expect(Object.fromEntries(storage.map)).toEqual({ 'other-site-key': 'kept', [OWNER_KEY]: 'staff-u01' })
  })

  it('stays for the same person signing in again after the session ran out', () => {
    const storage = memoryStorage(employeeLeft())
    storage.remove('bangfu.token')
    expect(claimDeviceFor(storage, 'employee1')).toBe(false)
    expect(storage.map.get(DRAFT_KEY)).toContain('110101199003070019')
  })

  it('counts data from before owners were recorded as someone else’s', () => {
    const { [OWNER_KEY]: _owner, ...old } = employeeLeft()
    const storage = memoryStorage(old)
    expect(claimDeviceFor(storage, 'employee1')).toBe(true)
    expect(storage.map.has(DRAFT_KEY)).toBe(false)
  })
})
