export default definePageConfig({ navigationBarTitleText: '登录演示账号' })
