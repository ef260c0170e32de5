import type { Role } from './roles'
import type { ProfileView } from './profile.schema'
import type { UnionLevel } from '../union/union'

/** What `account.me` returns: who I am to the server, and my masked profile if bound. */
export type MeView = {
  displayName: string
  roles: Role[]
  staff: { unionId: string; unionName: string; level: UnionLevel } | null
  profile: ProfileView | null
  /** Staff and helpers: 职务 and work phone as they set them (their own, so in full). */
  work: { title: string; workPhone: string } | null
}

export type UnionOption = { id: string; name: string; level: UnionLevel; parentId: string | null; path: string }
