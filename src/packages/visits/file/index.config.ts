export default definePageConfig({ navigationBarTitleText: '上传走访记录' })
