/**
 * Rows whose messages name the row by position: “家庭成员2的身份证号校验位不正确”.
 * zod's array gives every element the same schema, so each row is parsed
 * with the schema built for its index, and its issues keep the row's path
 * (`members.1.idNumber`).
 */
import { z } from 'zod'

/** `unit` counts the rows in the “too many” message: 家庭成员最多20人. */
export function indexedRows<Row extends z.ZodType>(label: string, max: number, unit: string, rowSchema: (index: number) => Row) {
  const schemas: Row[] = []
  const schemaAt = (index: number) => (schemas[index] ??= rowSchema(index))
  const rows = z
    .array(z.unknown(), { error: `${label}应为列表` })
    .max(max, { error: `${label}最多${max}${unit}` })
    .nullish()
    .transform((values, ctx) => {
      let failed = false
      const parsed = (values ?? []).map((value, index) => {
        const result = schemaAt(index).safeParse(value)
        if (result.success) return result.data as z.output<Row>
        failed = true
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path], input: value })
        return undefined
      })
      return failed ? z.NEVER : (parsed as z.output<Row>[])
    })
    .meta({ title: label })
  // The rows' input type is the row schema's, not `unknown`: say so for the form's callers.
  return rows as unknown as z.ZodType<z.output<Row>[], z.input<Row>[] | null | undefined>
}
