/**
 * One user intent (a tap on 提交, 确认…) and its request id: the same id on
 * every retry after a lost connection or a service fault, so the server replays the first answer
 * instead of writing twice; a fresh id once an answer or a refusal came back,
 * since the next tap is a new intent. Keep one per form (`useRef(new Intent())`).
 */
import { keepsRequestId } from './envelope'
import { newRequestId } from './request-id'

export class Intent {
  private requestId: string | null = null

  async send<T>(call: (requestId: string) => Promise<T>): Promise<T> {
    this.requestId ??= newRequestId()
    try {
      const answer = await call(this.requestId)
      this.requestId = null
      return answer
    } catch (error) {
      if (!keepsRequestId(error)) this.requestId = null
      throw error
    }
  }
}
