/**
 * `npm run -s assess < input.json` — one household's eligibility as one JSON
 * object on stdout. Exit 0: assessed (eligible or not); 2: the input is
 * invalid (`{ error: { code, message, fields } }`); 1: an unexpected fault.
 * The contract is in src/domain/eligibility/README.md.
 */
import { assessRequest } from '../../src/domain/eligibility/assess-request'
import { printJson, usageError } from './print-json'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(): Promise<void> {
  if (process.stdin.isTTY) return printJson(usageError('用法：npm run -s assess < input.json（从标准输入读取一个JSON对象）'), 2)
  const text = (await readStdin()).replace(/^\uFEFF/, '')
  if (text.trim() === '') return printJson(usageError('没有收到输入：请从标准输入提供一个JSON对象'), 2)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return printJson(usageError('输入不是有效的JSON'), 2)
  }
  const answer = assessRequest(raw)
  if (answer.ok) printJson(answer.output, 0)
  else printJson(answer.body, 2)
}

main().catch(() => printJson({ error: { code: 'INTERNAL', message: '评估时发生内部错误', fields: {} } }, 1))
