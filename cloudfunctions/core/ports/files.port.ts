/** Private file storage. Paths are always built on the server, never taken from a client. */
export interface Files {
  put(path: string, bytes: Buffer, contentType: string): Promise<void>
  read(path: string): Promise<Buffer | null>
  /** A link that works for `ttlSeconds`, then expires. */
  signedUrl(path: string, ttlSeconds: number): Promise<string>
  remove(path: string): Promise<void>
}
