import { randomBytes } from 'node:crypto'
import type { Ids } from '../../core/ports/ids.port'

export const randomIds: Ids = {
  next: (prefix = '') => `${prefix}${randomBytes(12).toString('base64url')}`,
}
