import type { MeView, UnionOption } from '../domain/account/me'
import type { BindProfileInput, ProfileView } from '../domain/account/profile.schema'
import { send } from './transport'

export const accountApi = {
  me: () => send<MeView>({ fn: 'account', action: 'me' }),
  unions: () => send<{ unions: UnionOption[] }>({ fn: 'account', action: 'unions' }),
  bindProfile: (data: BindProfileInput, requestId: string) => send<ProfileView>({ fn: 'account', action: 'bindProfile', data, requestId }),
}
