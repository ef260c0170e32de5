import { bindProfileInput } from '../../../src/domain/account/profile.schema'
import { noInput } from '../../../src/domain/notice/inbox.schema'
import { defineAction } from '../../core/action'
import { workProfileInput } from '../../../src/domain/account/work-profile.schema'
import { bindProfile } from './bind-profile'
import { getMe } from './get-me'
import { listUnions } from './list-unions'
import { setWorkProfile } from './set-work-profile'

export const accountActions = {
  me: defineAction({ summary: '我的账号与已绑定的信息（脱敏）', kind: 'read', allow: 'signedIn', input: noInput, run: (ctx) => getMe(ctx) }),
  unions: defineAction({ summary: '工会组织树（供选择所属工会）', kind: 'read', allow: 'signedIn', input: noInput, run: (ctx) => listUnions(ctx) }),
  bindProfile: defineAction({ summary: '职工绑定或修改个人信息', kind: 'write', allow: ['employee'], input: bindProfileInput, run: bindProfile }),
  setWorkProfile: defineAction({
    summary: '工会工作人员、帮扶责任人设置职务与工作电话（印在联系卡困难职工存上）',
    kind: 'write',
    allow: ['staff', 'helper'],
    input: workProfileInput,
    run: setWorkProfile,
  }),
}
