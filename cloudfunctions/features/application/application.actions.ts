/**
 * The `application` function: 申请 → 调查 → 评议 → 公示 → 审批 → 建档.
 * Employees submit, resubmit and follow their own; staff list, read, reveal
 * and take the steps their relation allows (see relations.ts and
 * src/domain/application/application-machine.ts).
 */
import { resubmitApplicationInput, submitApplicationInput } from '../../../src/domain/application/application.schema'
import {
  acceptInput,
  applicationDetailInput,
  approveInput,
  endPublicityInput,
  fileInput,
  listApplicationsInput,
  markFalseDeclarationInput,
  printFileInput,
  recordEvaluationInput,
  recordInvestigationInput,
  rejectInput,
  returnInput,
  revealFieldInput,
  startPublicityInput,
} from '../../../src/domain/application/steps.schema'
import { noInput } from '../../../src/domain/notice/inbox.schema'
import { defineAction } from '../../core/action'
import { acceptApplication } from './accept-application'
import { applicationDetail } from './application-detail'
import { assignableHelpers } from './assignable-helpers'
import { approveApplication } from './approve-application'
import { fileApplication } from './file-application'
import { listApplications } from './list-applications'
import { markFalseDeclaration } from './mark-false-declaration'
import { myApplications } from './my-applications'
import { endPublicity, startPublicity } from './publicity-steps'
import { recordEvaluation } from './record-evaluation'
import { recordInvestigation } from './record-investigation'
import { rejectApplication } from './reject-application'
import { resubmitApplication } from './resubmit-application'
import { returnApplication } from './return-application'
import { printDeclaration, printFile } from './print-file'
import { returnedForm } from './returned-form'
import { revealField } from './reveal-field'
import { submitApplication } from './submit-application'

const staff = ['staff'] as const
const employee = ['employee'] as const

export const applicationActions = {
  submit: defineAction({
    summary: '职工提交建档申请（档案表、申报表、授权书）',
    kind: 'write',
    allow: employee,
    input: submitApplicationInput,
    run: submitApplication,
  }),
  resubmit: defineAction({
    summary: '职工修改被退回的申请后重新提交',
    kind: 'write',
    allow: employee,
    input: resubmitApplicationInput,
    run: resubmitApplication,
  }),
  mine: defineAction({ summary: '我的建档申请（状态、进度、建档结果）', kind: 'read', allow: employee, input: noInput, run: (ctx) => myApplications(ctx) }),
  returnedForm: defineAction({
    summary: '职工本人被退回的申请内容（用于修改后重新提交）',
    kind: 'read',
    allow: employee,
    input: applicationDetailInput,
    run: returnedForm,
  }),
  list: defineAction({ summary: '本工会及下级工会的建档申请（脱敏）', kind: 'read', allow: staff, input: listApplicationsInput, run: listApplications }),
  detail: defineAction({
    summary: '建档申请详情（脱敏）、评估结果与可办理的步骤',
    kind: 'read',
    allow: staff,
    input: applicationDetailInput,
    run: applicationDetail,
  }),
  helpers: defineAction({
    summary: '可选的帮扶责任人（本工会及下级工会，仅姓名与所属工会）',
    kind: 'read',
    allow: staff,
    input: noInput,
    run: (ctx) => assignableHelpers(ctx),
  }),
  print: defineAction({ summary: '下载困难职工档案表（.docx，记入审计日志）', kind: 'write', allow: staff, input: printFileInput, run: printFile }),
  printDeclaration: defineAction({
    summary: '下载家庭财产、收支情况及致困原因申报表（.docx，记入审计日志）',
    kind: 'write',
    allow: staff,
    input: printFileInput,
    run: printDeclaration,
  }),
  reveal: defineAction({ summary: '查看一项完整信息（记入审计日志）', kind: 'write', allow: staff, input: revealFieldInput, run: revealField }),
  accept: defineAction({ summary: '受理申请并开始入户调查', kind: 'write', allow: staff, input: acceptInput, run: acceptApplication }),
  recordInvestigation: defineAction({ summary: '登记入户调查结果', kind: 'write', allow: staff, input: recordInvestigationInput, run: recordInvestigation }),
  recordEvaluation: defineAction({ summary: '登记民主评议', kind: 'write', allow: staff, input: recordEvaluationInput, run: recordEvaluation }),
  startPublicity: defineAction({ summary: '开始公示', kind: 'write', allow: staff, input: startPublicityInput, run: startPublicity }),
  endPublicity: defineAction({ summary: '结束公示并报审批', kind: 'write', allow: staff, input: endPublicityInput, run: endPublicity }),
  approve: defineAction({ summary: '审批通过', kind: 'write', allow: staff, input: approveInput, run: approveApplication }),
  file: defineAction({ summary: '建档（编号、级别、类别、帮扶责任人）', kind: 'write', allow: staff, input: fileInput, run: fileApplication }),
  return: defineAction({ summary: '退回修改', kind: 'write', allow: staff, input: returnInput, run: returnApplication }),
  reject: defineAction({ summary: '不予建档', kind: 'write', allow: staff, input: rejectInput, run: rejectApplication }),
  markFalseDeclaration: defineAction({ summary: '认定虚假申报', kind: 'write', allow: staff, input: markFalseDeclarationInput, run: markFalseDeclaration }),
}
