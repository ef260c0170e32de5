/**
 * The `files` function: a household file's life after filing (issue 11).
 * Year-end 认定书 by staff and helper, 认定 by the union's chair (a 脱困
 * cancels the file), 注销 with the seeds' reasons, 档案恢复 through a new
 * application, and the year's 解困脱困花名册 (read masked, or exported).
 * The lifecycle: src/domain/file/file-machine.ts.
 */
import { cancelInput, certifyInput, evaluateInput, restoreInput, rosterExportInput, rosterInput, yearInput } from '../../../src/domain/file/file.schema'
import { defineAction } from '../../core/action'
import { cancelFile } from './cancel-file'
import { certifyFile } from './certify-file'
import { evaluateFile } from './evaluate-file'
import { printCertificate } from './print-certificate'
import { restoreFile } from './restore-file'
import { buildRoster } from './roster'
import { rosterExport } from './roster-export'
import { listRosterReports, receiveRoster, reportRoster, rosterReportOf } from './roster-report'
import { listCertificates, yearEnd } from './year-end'

export const fileActions = {
  evaluate: defineAction({
    summary: '填写年度解困脱困认定书（基层工会工作人员或结对帮扶责任人）：效果描述、人均月收入、致困因素是否消除、认定建议',
    kind: 'write',
    allow: ['staff', 'helper'],
    input: evaluateInput,
    run: evaluateFile,
  }),
  certify: defineAction({
    summary: '工会主席认定年度认定书；认定脱困即注销档案（原因：脱困）',
    kind: 'write',
    allow: ['chair'],
    input: certifyInput,
    run: certifyFile,
  }),
  cancel: defineAction({
    summary: '注销档案（原因：死亡、调离、解除（终止）劳动合同、辞职、脱困、不再符合建档条件、弄虚作假），释放家庭成员占用（弄虚作假除外并列入黑名单）',
    kind: 'write',
    allow: ['staff'],
    input: cancelInput,
    run: cancelFile,
  }),
  restore: defineAction({
    summary: '档案恢复：以原档案内容新建申请，按建档程序办理，建档时恢复原档案号',
    kind: 'write',
    allow: ['staff'],
    input: restoreInput,
    run: restoreFile,
  }),
  roster: defineAction({
    summary: '某基层工会某年度的解困脱困花名册（脱敏）',
    kind: 'read',
    allow: ['staff'],
    input: rosterInput,
    run: async (ctx, input) => ({ ...(await buildRoster(ctx, input, true)), report: await rosterReportOf(ctx, input) }),
  }),
  rosterExport: defineAction({
    summary: '导出解困脱困花名册 .xlsx（或 format: docx 打印版；完整号码，记入审计日志；5分钟有效链接）',
    kind: 'read',
    allow: ['staff'],
    input: rosterExportInput,
    run: rosterExport,
  }),
  printCertificate: defineAction({
    summary: '打印年度解困脱困认定书 .docx（附件4版式；记入审计日志；5分钟有效链接）',
    kind: 'write',
    allow: ['staff', 'chair'],
    input: certifyInput,
    run: printCertificate,
  }),
  reportRoster: defineAction({
    summary: '基层工会上报本会年度解困脱困花名册，上级工会工作人员收到通知',
    kind: 'write',
    allow: ['staff'],
    input: rosterInput,
    run: reportRoster,
  }),
  rosterReports: defineAction({
    summary: '下级工会上报的年度花名册及状态（已上报 / 上级已接收）',
    kind: 'read',
    allow: ['staff'],
    input: yearInput,
    run: listRosterReports,
  }),
  receiveRoster: defineAction({ summary: '上级工会接收下级工会上报的花名册', kind: 'write', allow: ['staff'], input: rosterInput, run: receiveRoster }),
  yearEnd: defineAction({
    summary: '本辖区年度认定与复查：各在档档案的认定书状态、12月31日后逾期未认定、未复查数，脱困率与政策目标',
    kind: 'read',
    allow: ['staff'],
    input: yearInput,
    run: yearEnd,
  }),
  certificates: defineAction({
    summary: '本会某年度的解困脱困认定书（工会主席待认定与已认定；基层工会工作人员查看本会）',
    kind: 'read',
    allow: ['chair', 'staff'],
    input: yearInput,
    run: listCertificates,
  }),
}
