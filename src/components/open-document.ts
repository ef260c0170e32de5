import Taro from '@tarojs/taro'

/** Opens a downloaded document (WeChat: download, then the system viewer; see open-document.h5.ts). */
export async function openDocument(url: string, fileType: 'docx' | 'xlsx' = 'docx'): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true })
}
