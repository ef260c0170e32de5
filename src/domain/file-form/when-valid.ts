/**
 * A cross-field rule runs as soon as the fields it reads are valid, so its
 * message shows beside the others instead of after everything else is fixed.
 */
import type { z } from 'zod'

/** Refinement params: run only when none of `keys` has an issue (and the input is an object at all). */
export function whenValid(...keys: string[]) {
  return {
    when: (payload: z.core.ParsePayload) =>
      payload.issues.every((issue) => {
        const key = issue.path?.[0]
        return key !== undefined && !keys.includes(String(key))
      }),
  }
}
