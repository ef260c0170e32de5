export default definePageConfig({ navigationBarTitleText: '解困脱困认定' })
