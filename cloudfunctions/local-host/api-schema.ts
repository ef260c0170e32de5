/** `GET /api/_schema`: every action with the JSON Schema of its input, generated from the zod schemas. */
import { z } from 'zod'
import type { ActionSet } from '../core/action'

export function describeActions(functions: Record<string, ActionSet>, today: string) {
  const out: Record<string, Record<string, unknown>> = {}
  for (const [fn, actions] of Object.entries(functions)) {
    out[fn] = {}
    for (const [name, action] of Object.entries(actions)) {
      out[fn][name] = {
        summary: action.summary,
        kind: action.kind,
        allow: action.allow,
        requiresRequestId: action.kind === 'write',
        input: z.toJSONSchema(action.input({ today }), { io: 'input', unrepresentable: 'any' }),
      }
    }
  }
  return { functions: out }
}
