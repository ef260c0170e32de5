export default definePageConfig({ navigationBarTitleText: '年度认定与花名册' })
