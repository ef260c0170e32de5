export default definePageConfig({ navigationBarTitleText: '批量帮扶' })
