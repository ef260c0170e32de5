export default definePageConfig({ navigationBarTitleText: '走访与结对情况' })
