export default definePageConfig({ navigationBarTitleText: '绑定个人信息' })
