/** ID numbers generated with a valid check character always validate; every single-character change is caught (fast-check). */
import fc from 'fast-check'
import { checkCharacter, parseIdNumber } from '../../src/domain/shared/id-number'

const TODAY = '2026-11-22'
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** 17 digits: an address code, a real birth date from 1900 to today, a sequence number. */
const first17 = fc
  .record({
    address: fc.integer({ min: 110000, max: 999999 }),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ address, birth, sequence }) => {
    const ymd = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`
    return `${address}${ymd}${pad(sequence, 3)}`
  })

const validId = first17.map((digits) => digits + checkCharacter(digits))
const CHARACTERS = '0123456789X'

describe('ID number properties', () => {
  it('a number with its check character always validates, with the birth date it carries', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const parsed = parseIdNumber(id, TODAY)
        expect(parsed).toMatchObject({ valid: true, normalized: id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` })
      }),
      { numRuns: 500 },
    )
  })

  it('every single-character change is caught', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, at, shift) => {
        // Another character from 0–9 and X, never the same one.
        const replacement = CHARACTERS[(CHARACTERS.indexOf(id[at] ?? '0') + shift) % CHARACTERS.length] ?? '0'
        const changed = id.slice(0, at) + replacement + id.slice(at + 1)
        expect(changed).not.toBe(id)
        expect(parseIdNumber(changed, TODAY).valid).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })
})
