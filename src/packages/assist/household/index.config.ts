export default definePageConfig({ navigationBarTitleText: '帮扶计划与台账' })
