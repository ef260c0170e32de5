import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '../../domain/account/roles'
import { accountApi } from '../../api/account'
import { filesApi } from '../../api/files'
import { inboxApi } from '../../api/inbox'
import { exitRateText } from '../../domain/file/exit-rate'
import { ErrorNote } from '../../components/error-note'
import { Button, Cell, CellGroup } from '../../components/nut'
import { showUnread } from '../../components/tab-badge'
import { useRemote } from '../../hooks/use-remote'
import { routes } from '../../routes'
import './index.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })
const tab = (url: string) => () => void Taro.switchTab({ url })

export default function Home() {
  const me = useRemote(async () => {
    const [who, inbox] = await Promise.all([accountApi.me(), inboxApi.unreadCount()])
    showUnread(inbox.unread)
    // Staff see the subtree's exit rate against the policy's target on the home page.
    const yearEnd = who.staff ? await filesApi.yearEnd(new Date().getFullYear()).catch(() => null) : null
    return { who, unread: inbox.unread, exitRate: yearEnd?.exitRate ?? null }
  })

  return (
    <View className='page home'>
      <View className='home__banner'>
        <Text className='home__title'>困难职工帮扶</Text>
        <Text className='home__subtitle'>困难职工解困脱困建档立卡</Text>
      </View>
      {me.error ? <ErrorNote error={me.error} onRetry={() => void me.reload()} /> : null}
      {me.data ? (
        <>
          <View className='card'>
            <Text className='home__greeting'>您好，{me.data.who.displayName}</Text>
            <Text className='hint'>
              {me.data.who.roles.map((r) => ROLE_LABELS[r]).join('、')}
              {me.data.who.staff ? ` · ${me.data.who.staff.unionName}` : ''}
            </Text>
          </View>
          <CellGroup>
            {me.data.who.roles.includes('employee') ? (
              <Cell
                title={me.data.who.profile ? '我的信息' : '绑定个人信息'}
                description={me.data.who.profile ? me.data.who.profile.union.name : '绑定后即可申请帮扶'}
                onClick={me.data.who.profile ? tab(routes.mine) : go(routes.bind)}
              />
            ) : null}
            {me.data.who.profile ? <Cell title='申请建档' description='填写档案表、上传证明材料，提交给所在工会' onClick={go(routes.apply)} /> : null}
            {me.data.who.roles.includes('employee') ? <Cell title='我的申请' description='建档申请的办理进度' onClick={go(routes.myApplications)} /> : null}
            {me.data.who.profile ? <Cell title='我的帮扶' description='帮扶计划、联系卡、收到的帮扶' onClick={go(routes.assistHousehold)} /> : null}
            {me.data.who.staff ? <Cell title='建档申请' description={`${me.data.who.staff.unionName}及下级工会的申请`} onClick={go(routes.cases)} /> : null}
            {me.data.who.roles.includes('helper') ? (
              <Cell title='我的帮扶户' description='结对家庭、走访次数，上传走访记录' onClick={go(routes.households)} />
            ) : null}
            {me.data.who.staff ? <Cell title='走访与结对' description='走访达标、未走访家庭、帮扶责任人结对' onClick={go(routes.compliance)} /> : null}
            {me.data.who.staff ? <Cell title='帮扶台账' description='帮扶记录、批量帮扶、待确认的帮扶计划、导出' onClick={go(routes.assistLedger)} /> : null}
            {me.data.who.staff ? (
              <Cell
                title='年度认定与花名册'
                description={me.data.exitRate ? exitRateText(me.data.exitRate) : '认定书、脱困率、解困脱困花名册'}
                onClick={go(routes.yearEnd)}
              />
            ) : null}
            {me.data.who.roles.includes('chair') ? <Cell title='解困脱困认定' description='工会主席认定本会年度认定书' onClick={go(routes.certify)} /> : null}
            <Cell title='消息' description={me.data.unread > 0 ? `${me.data.unread}条未读` : '暂无未读消息'} onClick={tab(routes.inbox)} />
          </CellGroup>
        </>
      ) : null}
      <View className='home__tools'>
        <CellGroup>
          <Cell title='自助测算' description='看看我家是否符合困难职工建档条件（只在手机上计算）' onClick={go(routes.selfCheck)} />
        </CellGroup>
      </View>
      {process.env.TARO_ENV === 'h5' ? (
        <View className='home__switch'>
          <Button size='small' fill='outline' onClick={go(routes.signIn)}>
            切换演示账号
          </Button>
        </View>
      ) : null}
    </View>
  )
}
