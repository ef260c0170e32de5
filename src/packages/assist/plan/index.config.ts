export default definePageConfig({ navigationBarTitleText: '制定帮扶计划' })
