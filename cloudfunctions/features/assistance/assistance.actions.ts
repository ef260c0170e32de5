/**
 * The `assistance` function: what the union does for a filed household.
 * 一户一策 (plan, confirmPlan, awaiting), the 联系卡 (overview, printCard),
 * the helper's way to reach the household (contact), aid and the 帮扶台账
 * (record, campaign, households, ledger, reverse, export). Ids are the filed
 * application's id; amounts are yuan at the edges, fen inside.
 */
import {
  byApplication,
  campaignInput,
  exportInput,
  householdsInput,
  ledgerInput,
  planInput,
  printCardInput,
  recordInput,
  reverseInput,
} from '../../../src/domain/assistance/assistance.schema'
import { noInput } from '../../../src/domain/notice/inbox.schema'
import { defineAction } from '../../core/action'
import { confirmPlan } from './confirm-plan'
import { exportLedger } from './export-ledger'
import { householdContact } from './household-contact'
import { ledger } from './ledger'
import { makePlan } from './make-plan'
import { overview } from './overview'
import { printCard } from './print-card'
import { recordAid } from './record-aid'
import { reverseAid } from './reverse-aid'
import { runCampaign } from './run-campaign'
import { awaitingPlans, campaignHouseholds } from './staff-lists'

const staff = ['staff'] as const
const household = ['staff', 'helper', 'employee'] as const

export const assistanceActions = {
  plan: defineAction({
    summary: '制定或修改帮扶计划（一户一策：措施、计划、完成时限、备注），待职工签字确认',
    kind: 'write',
    allow: ['staff', 'helper'],
    input: planInput,
    run: makePlan,
  }),
  confirmPlan: defineAction({
    summary: '职工签字确认帮扶计划（记录确认人和时间）',
    kind: 'write',
    allow: ['employee'],
    input: byApplication,
    run: confirmPlan,
  }),
  overview: defineAction({ summary: '一户的帮扶计划与联系卡（困难职工存）', kind: 'read', allow: household, input: byApplication, run: overview }),
  awaiting: defineAction({ summary: '本辖区待职工确认的帮扶计划', kind: 'read', allow: staff, input: noInput, run: (ctx) => awaitingPlans(ctx) }),
  printCard: defineAction({
    summary: '打印联系卡（帮扶责任人存 / 困难职工存，.docx，5分钟链接，记入审计日志）',
    kind: 'write',
    allow: household,
    input: printCardInput,
    run: printCard,
  }),
  contact: defineAction({
    summary: '结对帮扶责任人与建档工会查看家庭住址和手机号（记入审计日志）',
    kind: 'write',
    allow: ['staff', 'helper'],
    input: byApplication,
    run: householdContact,
  }),
  record: defineAction({
    summary: '登记帮扶（日期、类别、金额（元）、物资、资金级别、项目、经办人、签收单照片）；资金级别不得高于档案级别',
    kind: 'write',
    allow: staff,
    input: recordInput,
    run: recordAid,
  }),
  campaign: defineAction({
    summary: '批量帮扶（送温暖、金秋助学等）：为多户登记同一帮扶，逐户答复已登记或原因',
    kind: 'write',
    allow: staff,
    input: campaignInput,
    run: runCampaign,
  }),
  households: defineAction({
    summary: '本辖区可批量帮扶的建档户（按工会、困难类别、致困原因、有在读子女筛选）',
    kind: 'read',
    allow: staff,
    input: householdsInput,
    run: campaignHouseholds,
  }),
  ledger: defineAction({
    summary: '帮扶台账（一户或本辖区，可按年度），按资金级别、类别、年度合计（元）；一户台账中该户工会工作人员与帮扶责任人可见签收单照片（5分钟链接）',
    kind: 'read',
    allow: household,
    input: ledgerInput,
    run: ledger,
  }),
  reverse: defineAction({ summary: '冲销一条帮扶记录（写明原因；原记录与冲销记录都保留）', kind: 'write', allow: staff, input: reverseInput, run: reverseAid }),
  export: defineAction({
    summary: '导出帮扶台账 .xlsx（一户，或一个工会及下级某年度；5分钟链接，记入审计日志）',
    kind: 'write',
    allow: ['staff', 'helper'],
    input: exportInput,
    run: exportLedger,
  }),
}
