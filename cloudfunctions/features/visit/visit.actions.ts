/**
 * The `visit` function: helpers' home visits of filed households (帮扶走访).
 * Helpers see their paired households and file visits; the household's
 * helpers and the staff above it read its visits; staff see compliance in
 * their subtree and pair helpers. The reminder sweep (visit-reminders.ts) is
 * no action: only the timer trigger and the local host run it.
 */
import { noInput } from '../../../src/domain/notice/inbox.schema'
import {
  complianceHelpersInput,
  complianceInput,
  complianceListInput,
  fileVisitInput,
  listVisitsInput,
  pairHelpersInput,
} from '../../../src/domain/visit/visit.schema'
import { defineAction } from '../../core/action'
import { compliance, complianceHelpers, complianceList } from './compliance'
import { fileVisit } from './file-visit'
import { listVisits } from './list-visits'
import { myHouseholds } from './my-households'
import { pairHelpers } from './pair-helpers'

const helper = ['helper'] as const
const staff = ['staff'] as const

export const visitActions = {
  mine: defineAction({
    summary: '我的帮扶户（脱敏）：今年走访次数与目标、最近走访、待走访与逾期',
    kind: 'read',
    allow: helper,
    input: noInput,
    run: (ctx) => myHouseholds(ctx),
  }),
  file: defineAction({
    summary: '上传走访记录（照片1至9张、参与人员、家庭情况、更新收入、帮扶措施、职工确认）',
    kind: 'write',
    allow: helper,
    input: fileVisitInput,
    run: fileVisit,
  }),
  list: defineAction({
    summary: '一户的走访记录（按时间顺序，照片为5分钟临时链接）',
    kind: 'read',
    allow: ['helper', 'staff'],
    input: listVisitsInput,
    run: listVisits,
  }),
  compliance: defineAction({
    summary: '走访与结对情况：未达走访次数、全年未走访、脱困候选、帮扶责任人结对户数',
    kind: 'read',
    allow: staff,
    input: complianceInput,
    run: compliance,
  }),
  complianceList: defineAction({
    summary: '走访与结对情况的某个名单（未达走访次数、全年未走访、脱困候选）的下一页',
    kind: 'read',
    allow: staff,
    input: complianceListInput,
    run: complianceList,
  }),
  complianceHelpers: defineAction({
    summary: '走访与结对情况中帮扶责任人结对户数的下一页',
    kind: 'read',
    allow: staff,
    input: complianceHelpersInput,
    run: complianceHelpers,
  }),
  pair: defineAction({ summary: '为已建档户结对或调整帮扶责任人（记入审计日志）', kind: 'write', allow: staff, input: pairHelpersInput, run: pairHelpers }),
}
