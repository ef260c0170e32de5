/**
 * Every date field of every action, found in the JSON Schema the actions publish
 * (so a date field added later is covered without editing this test): an
 * impossible date is a clear error naming the field, never an exception.
 */
import { z } from 'zod'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { assessRequestInput } from '../../src/domain/eligibility/assess-request.schema'
import { fileFormSchema } from '../../src/domain/file-form/file-form.schema'
import { targetingSchema } from '../../src/domain/file-form/targeting.schema'
import { DEFAULT_VALUE_LIST_SET_ID, valueListsFor } from '../../src/domain/value-lists/value-list-sets'

type JsonSchema = {
  title?: string
  description?: string
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
}
type DateField = { action: string; path: (string | number)[]; title: string }

const TODAY = '2026-11-22'

/** Paths to properties described as dates ('日期…', e.g. "日期，如2018-03-15"). */
function dateFields(schema: JsonSchema, path: (string | number)[] = []): { path: (string | number)[]; title: string }[] {
  const here = path.length && /日期/.test(schema.description ?? '') && schema.title ? [{ path, title: schema.title }] : []
  const nested = [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, child]) => dateFields(child, [...path, key])),
    ...(schema.items ? dateFields(schema.items, [...path, 0]) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((child) => dateFields(child, path)),
  ]
  return [...here, ...nested]
}

/** A sparse input holding `value` at `path` and nothing else. */
function inputAt(path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  const inner = inputAt(rest, value)
  return typeof head === 'number' ? [inner] : { [head]: inner }
}

/** Every schema a request is checked with: the actions' inputs, the 档案表 (checked by the submit use case with its union's lists) and the CLI's assess request. */
const SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(
    Object.entries(FUNCTIONS).flatMap(([fn, actions]) => Object.entries(actions).map(([name, action]) => [`${fn}.${name}`, action.input({ today: TODAY })])),
  ),
  'application.submit form': fileFormSchema({ today: TODAY }, valueListsFor(DEFAULT_VALUE_LIST_SET_ID)),
  'cli assess': assessRequestInput(),
}

const fields: DateField[] = Object.entries(SCHEMAS).flatMap(([action, schema]) =>
  dateFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema).map((f) => ({ ...f, action })),
)
const cases = fields.flatMap((f) => ['0000-00-00', '2026-13-01', '2026-01-00'].map((bad) => [`${f.action} ${f.path.join('.')}`, bad, f] as const))

describe('every date field', () => {
  it('is found, including the ones the probing named', () => {
    const named = fields.map((f) => `${f.action} ${f.path.join('.')}`)
    expect(named).toEqual(
      expect.arrayContaining([
        'application.startPublicity startDate',
        'application.recordInvestigation visitDate',
        'application.recordEvaluation meetingDate',
        'visit.file happenedAt',
        'cli assess asOf',
      ]),
    )
  })

  it.each(cases)('%s refuses %s by name', (_name, bad, field) => {
    const result = SCHEMAS[field.action]!.safeParse(inputAt(field.path, bad))
    expect(result.success).toBe(false)
    const issue = result.error?.issues.find((i) => i.path.join('.') === field.path.join('.'))
    expect(issue?.message).toMatch(/不是有效日期$/)
  })
})

describe('date fields the published schema cannot show (rows checked one by one, the targeting decision)', () => {
  const lists = valueListsFor(DEFAULT_VALUE_LIST_SET_ID)
  it.each(['0000-00-00', '2026-13-01', '2026-01-00'])('%s is refused by name', (bad) => {
    const member = fileFormSchema({ today: TODAY }, lists).safeParse({ members: [{ contractDate: bad }] })
    expect(member.error?.issues.find((i) => i.path.join('.') === 'members.0.contractDate')?.message).toMatch(/劳动合同.*不是有效日期$/)
    const targeting = targetingSchema({ today: TODAY }, lists).safeParse({ decidedOn: bad })
    expect(targeting.error?.issues.find((i) => i.path.join('.') === 'decidedOn')?.message).toMatch(/不是有效日期$/)
  })
})
