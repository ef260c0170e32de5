/** In-app notices. The inbox shows `title`; `kind` drives icons and later routing. */
export const NOTICE_KINDS = {
  employeeBound: '新职工绑定',
  applicationSubmitted: '新申请',
  applicationResubmitted: '重新提交',
  applicationAwaitingApproval: '待审批',
  publicityOver: '公示期满',
  applicationReturned: '退回',
  applicationRejected: '不予建档',
  applicationFiled: '已建档',
  helperPaired: '结对帮扶',
  visitFiled: '走访记录',
  visitDue: '走访提醒',
  visitOverdue: '走访逾期',
  visitDigest: '走访周报',
  planAwaitingConfirmation: '帮扶计划待确认',
  planConfirmed: '帮扶计划已确认',
  aidRecorded: '帮扶记录',
  certificateToSign: '认定书待签',
  fileCertified: '解困脱困认定',
  fileCancelled: '档案注销',
  rosterReported: '花名册上报',
} as const
export type NoticeKind = keyof typeof NOTICE_KINDS

export type NoticeView = {
  id: string
  kind: NoticeKind
  title: string
  body: string
  createdAt: string
  read: boolean
}
