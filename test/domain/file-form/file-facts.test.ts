import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { TODAY, completeForm, spouse } from './file-form-fixture'

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

  it('computes household size and annual total income (per-capita income is the application’s: disposable, from the 申报表)', () => {
    const { derived } = schema.parse(completeForm())
    expect(derived.householdSize).toBe(3)
    // 12 × (1500 + 800.50 + 0) + 1200.50 = 28806.50 yuan
    expect(derived.annualTotalIncomeFen).toBe(2880650)
    expect(derived).not.toHaveProperty('monthlyPerCapitaIncomeFen')
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
})
