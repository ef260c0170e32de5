export default definePageConfig({ navigationBarTitleText: '自助测算' })
