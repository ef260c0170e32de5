export default definePageConfig({ navigationBarTitleText: '我的帮扶户' })
