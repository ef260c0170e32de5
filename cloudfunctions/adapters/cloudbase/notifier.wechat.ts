/**
 * WeChat subscribe messages through wx-server-sdk's cloud call
 * (`cloud.openapi.subscribeMessage.send`, allowed by `permissions.openapi`
 * in the function's config.json).
 *
 * A subscribe message shows on a lock screen and passes through WeChat's
 * servers, so it carries only the notice's title, its time and a fixed hint;
 * names, phone numbers and ID numbers stay in the in-app inbox it points to.
 */
import type { Notifier, OutgoingMessage, SendResult } from '../../core/ports/notifier.port'
import type { Store } from '../../core/ports/store.port'
import { addCredits, clearCredits, takeCredit } from '../../core/subscriptions'

/** Which template keyword (e.g. `thing1`) shows which part of the notice. */
export type TemplateField = 'title' | 'time' | 'hint'
export type Template = { templateId: string; fields: Record<string, TemplateField> }

export type SubscribeMessageApi = {
  send(params: { touser: string; templateId: string; page: string; miniprogramState: string; data: Record<string, { value: string }> }): Promise<unknown>
}

export type MiniprogramState = 'formal' | 'trial' | 'developer'

const DEFAULT_FIELDS: Record<string, TemplateField> = { thing1: 'title', time2: 'time', thing3: 'hint' }
const HINT = '请进入小程序“消息”查看详情'
/** The inbox tab: where the message leads. */
const PAGE = 'pages/inbox/index'
/** WeChat: the user has not granted (or has used up) the subscription for this template. */
const NOT_SUBSCRIBED = 43101

/**
 * `TEMPLATE_ID` alone uses keywords thing1 (title), time2 (time), thing3 (hint);
 * `TEMPLATE_ID:thing4=title,date2=time` names the keywords of the template actually chosen.
 */
export function parseTemplate(spec: string): Template {
  const [templateId = '', mapping] = spec.trim().split(':', 2)
  if (!/^[A-Za-z0-9_-]{10,}$/.test(templateId)) throw new Error(`"${spec}" does not start with a template ID`)
  if (!mapping) return { templateId, fields: DEFAULT_FIELDS }
  const fields: Record<string, TemplateField> = {}
  for (const pair of mapping.split(',')) {
    const [keyword = '', source = ''] = pair.split('=').map((s) => s.trim())
    if (!/^[a-z_]+\d+$/.test(keyword) || !['title', 'time', 'hint'].includes(source)) throw new Error(`"${pair}" is not keyword=title|time|hint`)
    fields[keyword] = source as TemplateField
  }
  return { templateId, fields }
}

/** `thing` keywords take at most 20 characters; `time`/`date` keywords take 2026年1月2日 15:04, in China Standard Time. */
function valueOf(field: TemplateField, message: OutgoingMessage): string {
  if (field === 'hint') return HINT.slice(0, 20)
  if (field === 'title') return message.title.slice(0, 20)
  const t = new Date(Date.parse(message.createdAt) + 8 * 3600_000)
  const hm = t.toISOString().slice(11, 16)
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${hm}`
}

/**
 * Sends only on a credit the user bought with a 允许 (core/subscriptions.ts),
 * spent before sending: a message WeChat refuses for lack of one clears the
 * count; any other failure gives the credit back and the outbox retries.
 */
export class WechatSubscribeNotifier implements Notifier {
  readonly channel = 'wechat-subscribe'
  readonly templates: Readonly<Record<string, string>>

  constructor(
    private readonly api: SubscribeMessageApi,
    private readonly store: Store,
    private readonly templateSpecs: Readonly<Record<string, Template>>,
    private readonly state: MiniprogramState = 'formal',
  ) {
    this.templates = Object.fromEntries(Object.entries(templateSpecs).map(([kind, t]) => [kind, t.templateId]))
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const template = Object.hasOwn(this.templateSpecs, message.kind) ? this.templateSpecs[message.kind] : undefined
    if (!template) return 'skipped'
    const user = await this.store.get<{ openid?: string }>('users', message.recipientId)
    if (!user?.openid) return 'skipped'
    const now = new Date().toISOString()
    if (!(await takeCredit(this.store, message.recipientId, template.templateId, now))) return 'skipped'
    const data: Record<string, { value: string }> = {}
    for (const [keyword, field] of Object.entries(template.fields)) data[keyword] = { value: valueOf(field, message) }
    try {
      await this.api.send({ touser: user.openid, templateId: template.templateId, page: PAGE, miniprogramState: this.state, data })
      return 'sent'
    } catch (error) {
      // Retrying cannot help until the user subscribes again; anything else is retried by the outbox.
      if ((error as { errCode?: unknown } | null)?.errCode === NOT_SUBSCRIBED) {
        await clearCredits(this.store, message.recipientId, template.templateId, now)
        return 'skipped'
      }
      // Not sent: the credit is the user's still.
      await this.store.transaction((tx) => addCredits(tx, message.recipientId, [template.templateId], now))
      throw error
    }
  }
}
