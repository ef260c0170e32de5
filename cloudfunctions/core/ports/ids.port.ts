export interface Ids {
  /** A new opaque, unguessable id, optionally with a readable prefix. */
  next(prefix?: string): string
}
