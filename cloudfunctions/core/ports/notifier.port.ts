/**
 * An outside channel for notices (WeChat subscribe messages in cloud, a log
 * file locally). The in-app inbox is written by the notices service itself,
 * inside the transaction of the change that caused it; a channel only ever
 * sees messages already committed to the outbox.
 */
export type OutgoingMessage = {
  id: string
  recipientId: string
  kind: string
  title: string
  body: string
  createdAt: string
}

export type SendResult = 'sent' | 'skipped'

export interface Notifier {
  readonly channel: string
  /** Notice kind → WeChat subscribe-message template id, for the kinds this channel pushes (none locally). */
  readonly templates: Readonly<Record<string, string>>
  send(message: OutgoingMessage): Promise<SendResult>
}
