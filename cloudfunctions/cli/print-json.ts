/** stdout carries exactly one JSON object and nothing else (`npm run -s` adds nothing): automated checks parse it. */
export function printJson(value: unknown, exitCode: number): void {
  process.stdout.write(`${JSON.stringify(value)}\n`)
  // exitCode rather than process.exit(): a piped stdout is flushed before the process ends.
  process.exitCode = exitCode
}

export function usageError(message: string) {
  return { error: { code: 'BAD_REQUEST', message, fields: {} } }
}
