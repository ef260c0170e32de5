import { DECLARATION_CATALOGUE, FILE_FORM_CATALOGUE, TARGETING_CATALOGUE, labelOfPath } from '../../../src/domain/file-form/field-catalogue'
import { attachmentSchema } from '../../../src/domain/file-form/attachment.schema'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { householdMemberSchema } from '../../../src/domain/file-form/household-member.schema'
import { declarationSchema } from '../../../src/domain/file-form/declaration.schema'
import { targetingSchema } from '../../../src/domain/file-form/targeting.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { TODAY, completeForm } from './file-form-fixture'

const lists = valueListsFor('national')
const keysAt = (prefix: string, catalogue = FILE_FORM_CATALOGUE, source = 'applicant') =>
  catalogue
    .filter((e) => e.source === source && e.path.startsWith(prefix))
    .map((e) => e.path.slice(prefix.length))
    .filter((key) => !key.includes('.'))
    .sort()

describe('field catalogue', () => {
  it('lists exactly the fields the file form schema parses, plus its derived ones', () => {
    const schema = fileFormSchema({ today: TODAY }, lists)
    const form = schema.parse(completeForm())
    expect(keysAt('')).toEqual(Object.keys(schema.in.shape).sort())
    expect(keysAt('members.*.')).toEqual(Object.keys(householdMemberSchema({ today: TODAY }, lists, 0).shape).sort())
    expect(keysAt('attachments.*.')).toEqual(Object.keys(attachmentSchema(lists, 0).shape).sort())
    const householdFacts = Object.keys(form.derived).filter((k) => !['worker', 'members'].includes(k))
    expect(keysAt('derived.', FILE_FORM_CATALOGUE, 'derived')).toEqual(householdFacts.sort())
    expect(keysAt('derived.worker.', FILE_FORM_CATALOGUE, 'derived')).toEqual(Object.keys(form.derived.worker).sort())
    expect(keysAt('derived.members.*.', FILE_FORM_CATALOGUE, 'derived')).toEqual(Object.keys(form.derived.worker).sort())
  })

  it('lists the declaration and targeting fields their schemas define', () => {
    const declaration = declarationSchema({ today: TODAY }).shape
    expect(keysAt('', DECLARATION_CATALOGUE)).toEqual(Object.keys(declaration).sort())
    expect(keysAt('', TARGETING_CATALOGUE, 'staff')).toEqual(Object.keys(targetingSchema({ today: TODAY }, lists).shape).sort())
  })

  it('marks staff and system fields, which the applicant never sends', () => {
    const others = FILE_FORM_CATALOGUE.filter((e) => e.source === 'staff' || e.source === 'system').map((e) => `${e.label}${e.required ? '*' : ''}`)
    expect(others).toEqual(['职工编号*', '建档人*', '审核人*', '帮扶单位', '帮扶责任人', '录入人'])
  })

  it('prints the seeds’ starred derived values as required', () => {
    const starred = FILE_FORM_CATALOGUE.filter((e) => e.source === 'derived' && e.required).map((e) => e.label)
    expect(starred).toEqual(['性别', '出生日期', '家庭年度总收入', '家庭人口'])
  })

  it('labels an error path as the message does', () => {
    expect(labelOfPath(FILE_FORM_CATALOGUE, 'members.1.idNumber')).toBe('家庭成员2的身份证号')
    expect(labelOfPath(FILE_FORM_CATALOGUE, 'attachments.0.name')).toBe('附件1的附件名称')
    expect(labelOfPath(FILE_FORM_CATALOGUE, 'bankCardNumber')).toBe('银行卡号')
    expect(labelOfPath(FILE_FORM_CATALOGUE, 'nothing')).toBeUndefined()
  })
})
