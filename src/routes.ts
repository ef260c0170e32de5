/** Page paths in one place, so a moved page is one edit. */
export const routes = {
  home: '/pages/index/index',
  inbox: '/pages/inbox/index',
  mine: '/pages/mine/index',
  bind: '/packages/account/bind/index',
  signIn: '/packages/account/sign-in/index',
  selfCheck: '/packages/selfcheck/index',
  apply: '/packages/apply/form/index',
  myApplications: '/packages/apply/status/index',
  cases: '/packages/cases/list/index',
  caseDetail: '/packages/cases/detail/index',
  households: '/packages/visits/households/index',
  fileVisit: '/packages/visits/file/index',
  visits: '/packages/visits/visits/index',
  compliance: '/packages/visits/compliance/index',
} as const
