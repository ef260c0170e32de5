/** Browser build: the link is same-origin and short-lived; navigating to it downloads the file. */
export async function openDocument(url: string, _fileType: 'docx' | 'xlsx' = 'docx'): Promise<void> {
  window.location.assign(url)
}
