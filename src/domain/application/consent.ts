/**
 * 授权书（声明书）: the applicant's authorisation to verify the household's
 * income, property and registration with government departments, and the
 * declaration that what they submit is true (seed 004, 附件1). The text is
 * versioned: a submission names the version it agreed to, and the server
 * stores that version with its own time. Changing the wording means a new
 * version; a client still showing the old one is refused until it refreshes.
 */
import { z } from 'zod'

export const CONSENT_VERSION = '2026-11-v1'

export const CONSENT_TITLE = '授权书（声明书）'

export const CONSENT_TEXT = [
  '本人自愿申请困难职工解困脱困建档立卡帮扶，并作如下授权和声明：',
  '一、本人授权所在工会及其上级工会，为核实本人及家庭成员的经济状况，向民政、人力资源社会保障、住房城乡建设、公安、税务、市场监管、不动产登记、金融机构等部门和单位查询、核对本人及家庭成员的收入、财产、户籍和社会保险等信息。',
  '二、本人同意工会工作人员入户调查，并同意在本单位对本人姓名、困难类别等建档结果进行公示。',
  '三、本人声明所填报的困难职工档案表、家庭财产及收支情况申报表和所附材料真实、完整、有效，家庭成员信息已征得其同意（未成年人由监护人同意）。',
  '四、本人知晓：弄虚作假骗取建档资格的，将撤销档案并列入建档黑名单；两次上报不实信息的，列入建档黑名单。',
  '五、本人信息仅用于困难职工建档、帮扶和管理工作，工会依法保护个人信息，不作他用。',
].join('\n')

const CONSENT_MESSAGE = '请阅读并同意授权书（声明书）后再提交'
const STALE_MESSAGE = '授权书（声明书）已更新，请重新阅读并同意'

/** Every problem is reported on `consent` itself, so the form marks the one checkbox. */
export const consentField = () =>
  z
    .unknown()
    .transform((value, ctx) => {
      const c = (typeof value === 'object' && value !== null ? value : {}) as { version?: unknown; agreed?: unknown }
      if (c.agreed !== true) ctx.addIssue({ code: 'custom', message: CONSENT_MESSAGE, input: value })
      else if (c.version !== CONSENT_VERSION) ctx.addIssue({ code: 'custom', message: STALE_MESSAGE, input: value })
      return { version: CONSENT_VERSION, agreed: true as const }
    })
    .meta({ title: CONSENT_TITLE })

/** What is stored: the version agreed to and the server's time, never the client's. */
export type ConsentRecord = { version: string; agreedAt: string }
