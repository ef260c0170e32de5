// The demo sign-in page exists only in the browser build: WeChat identifies the user itself.
const accountPages = process.env.TARO_ENV === 'h5' ? ['bind/index', 'sign-in/index'] : ['bind/index']

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/inbox/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/account', pages: accountPages },
    { root: 'packages/selfcheck', pages: ['index'] },
    { root: 'packages/apply', pages: ['form/index', 'status/index'] },
    { root: 'packages/cases', pages: ['list/index', 'detail/index'] },
    { root: 'packages/visits', pages: ['households/index', 'file/index', 'visits/index', 'compliance/index'] },
    { root: 'packages/assist', pages: ['household/index', 'plan/index', 'record/index', 'campaign/index', 'ledger/index'] },
    { root: 'packages/files', pages: ['evaluate/index', 'certify/index', 'year-end/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '困难职工帮扶',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/inbox/index', text: '消息' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  // A visit's location is taken only after the helper's explicit consent on the visit form.
  permission: { 'scope.userLocation': { desc: '记录入户走访的位置（仅在您同意时）' } },
  requiredPrivateInfos: ['getLocation'],
  lazyCodeLoading: 'requiredComponents',
})
