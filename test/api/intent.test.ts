/** One intent, one request id: kept across a lost connection, renewed after an answer or a refusal. */
import { Intent } from '../../src/api/intent'
import { AppError } from '../../src/domain/shared/app-error'

describe('Intent', () => {
  it('retries a lost connection under the same id, and starts afresh after an answer or a refusal', async () => {
    const intent = new Intent()
    const seen: string[] = []
    const fail = (code: 'NETWORK' | 'INVALID_INPUT') => (id: string) => (seen.push(id), Promise.reject(new AppError(code, '失败')))
    await expect(intent.send(fail('NETWORK'))).rejects.toThrow('失败')
    await expect(intent.send((id) => (seen.push(id), Promise.resolve('ok')))).resolves.toBe('ok')
    await expect(intent.send(fail('INVALID_INPUT'))).rejects.toThrow('失败')
    await expect(intent.send(fail('NETWORK'))).rejects.toThrow('失败')
    expect(seen[0]).toBe(seen[1])
    expect(new Set(seen.slice(1)).size).toBe(3)
    expect(seen[0]).toMatch(/^r[0-9a-z]+$/)
  })
})
