/**
 * Locally the outside channel is a log file (DATA_DIR/outbox.log), one JSON
 * line per message: what a WeChat subscribe message would have carried.
 */
import { appendFile } from 'node:fs/promises'
import type { Notifier, OutgoingMessage, SendResult } from '../../core/ports/notifier.port'

export class LogFileNotifier implements Notifier {
  readonly channel = 'outbox-log'
  readonly templates = {}

  constructor(private readonly file: string) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const line = { at: new Date().toISOString(), id: message.id, to: message.recipientId, kind: message.kind, title: message.title }
    await appendFile(this.file, `${JSON.stringify(line)}\n`)
    return 'sent'
  }
}
