/** Private file storage. Paths are always built on the server, never taken from a client. */
export interface Files {
  put(path: string, bytes: Buffer, contentType: string): Promise<void>
  read(path: string): Promise<Buffer | null>
  /** A link that works for `ttlSeconds`, then expires. */
  signedUrl(path: string, ttlSeconds: number): Promise<string>
  /** Links for many files at once, in the order given (CloudBase: one request per 50), so a page of photos costs a fixed number of round trips. */
  signedUrls(paths: readonly string[], ttlSeconds: number): Promise<string[]>
  remove(path: string): Promise<void>
}
