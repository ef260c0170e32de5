export default definePageConfig({ navigationBarTitleText: '建档申请', enablePullDownRefresh: true })
