import Taro from '@tarojs/taro'

/** Opens a downloaded document (WeChat: download, then the system viewer; see open-document.h5.ts). */
export async function openDocument(url: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'docx', showMenu: true })
}
