export default definePageConfig({ navigationBarTitleText: '困难职工帮扶' })
