import { deriveFileFacts } from '../../../src/domain/file-form/file-facts'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { CHILD_ID, SPOUSE_ID, TODAY, WORKER_ID, completeForm, spouse } from './file-form-fixture'

const schema = fileFormSchema({ today: TODAY }, valueListsFor('national'))

describe('derived values of the 档案表', () => {
  it('computes sex, birth date and age from every ID number', () => {
    const { derived } = schema.parse(completeForm())
    expect(derived.worker).toEqual({ sex: '男', birthDate: '1980-03-15', age: 46 })
    expect(derived.members).toEqual([
      { sex: '女', birthDate: '1982-06-11', age: 44 },
      { sex: '男', birthDate: '2010-09-01', age: 16 },
    ])
  })

  it('computes household size, annual total and monthly per-capita income', () => {
    const { derived } = schema.parse(completeForm())
    expect(derived.householdSize).toBe(3)
    // 12 × (1500 + 800.50 + 0) + 1200.50 = 28806.50 yuan
    expect(derived.annualTotalIncomeFen).toBe(2880650)
    // 2880650 ÷ 36 = 80018.06 → 80018 fen
    expect(derived.monthlyPerCapitaIncomeFen).toBe(80018)
  })

  it('ignores derived values a client sent and recomputes them', () => {
    const sent = {
      ...completeForm(),
      sex: '女',
      birthDate: '2000-01-01',
      age: 3,
      householdSize: 9,
      annualTotalIncome: '1',
      monthlyPerCapitaIncome: '0.01',
      derived: { householdSize: 9, worker: { sex: '女' } },
      members: [{ ...spouse(), sex: '男', age: 99 }],
    }
    const form = schema.parse(sent)
    expect(form).not.toHaveProperty('sex')
    expect(form).not.toHaveProperty('householdSize')
    expect(form).not.toHaveProperty('annualTotalIncome')
    expect(form.members[0]).not.toHaveProperty('sex')
    expect(form.derived.worker.sex).toBe('男')
    expect(form.derived.members[0]?.sex).toBe('女')
    expect(form.derived.householdSize).toBe(2)
  })

  it('rounds the per-capita income half up, to the fen, for display only', () => {
    const alone = { idNumber: WORKER_ID, monthlyIncome: 0, members: [] }
    // One person, 18 fen a year: 1.5 fen a month → 2.
    expect(deriveFileFacts({ ...alone, otherAnnualIncome: 18 }, TODAY).monthlyPerCapitaIncomeFen).toBe(2)
    const three = { ...alone, members: [SPOUSE_ID, CHILD_ID].map((idNumber) => ({ idNumber, monthlyIncome: 0 })) }
    // Three people, 18 fen a year: 0.5 fen a month each → 1; 17 fen: 0.47 → 0.
    expect(deriveFileFacts({ ...three, otherAnnualIncome: 18 }, TODAY).monthlyPerCapitaIncomeFen).toBe(1)
    expect(deriveFileFacts({ ...three, otherAnnualIncome: 17 }, TODAY).monthlyPerCapitaIncomeFen).toBe(0)
  })
})
