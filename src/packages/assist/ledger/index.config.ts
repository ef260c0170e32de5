export default definePageConfig({ navigationBarTitleText: '帮扶台账' })
