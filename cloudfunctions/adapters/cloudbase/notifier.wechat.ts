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
import type { DocOps } from '../../core/ports/store.port'

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

export class WechatSubscribeNotifier implements Notifier {
  readonly channel = 'wechat-subscribe'

  constructor(
    private readonly api: SubscribeMessageApi,
    private readonly users: Pick<DocOps, 'get'>,
    private readonly templates: Readonly<Record<string, Template>>,
    private readonly state: MiniprogramState = 'formal',
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const template = Object.hasOwn(this.templates, message.kind) ? this.templates[message.kind] : undefined
    if (!template) return 'skipped'
    const user = await this.users.get<{ openid?: string }>('users', message.recipientId)
    if (!user?.openid) return 'skipped'
    const data: Record<string, { value: string }> = {}
    for (const [keyword, field] of Object.entries(template.fields)) data[keyword] = { value: valueOf(field, message) }
    try {
      await this.api.send({ touser: user.openid, templateId: template.templateId, page: PAGE, miniprogramState: this.state, data })
      return 'sent'
    } catch (error) {
      // Retrying cannot help until the user subscribes again; anything else is retried by the outbox.
      if ((error as { errCode?: unknown } | null)?.errCode === NOT_SUBSCRIBED) return 'skipped'
      throw error
    }
  }
}
