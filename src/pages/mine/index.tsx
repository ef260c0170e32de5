import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '../../domain/account/roles'
import { UNION_LEVEL_LABELS } from '../../domain/union/union'
import { accountApi } from '../../api/account'
import { session } from '../../api/session'
import { ErrorNote } from '../../components/error-note'
import { restartApp } from '../../components/restart-app'
import { Button, Cell, CellGroup } from '../../components/nut'
import { useRemote } from '../../hooks/use-remote'
import { routes } from '../../routes'
import './index.scss'

export default function Mine() {
  const me = useRemote(() => accountApi.me())
  const who = me.data
  const signOut = () => {
    session.signOut()
    restartApp(routes.signIn)
  }

  return (
    <View className='page mine'>
      {me.error ? <ErrorNote error={me.error} onRetry={() => void me.reload()} /> : null}
      {who ? (
        <>
          <View className='card'>
            <Text className='mine__name'>{who.displayName}</Text>
            <Text className='hint'>{who.roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
          </View>
          {who.staff ? (
            <CellGroup title='所在工会'>
              <Cell title={who.staff.unionName} description={UNION_LEVEL_LABELS[who.staff.level]} />
            </CellGroup>
          ) : null}
          {who.roles.includes('employee') && who.profile ? (
            <CellGroup title='我的信息'>
              <Cell title='姓名' extra={who.profile.name} />
              <Cell title='身份证号' extra={who.profile.idNumberMasked} />
              <Cell title='性别' extra={who.profile.sex} />
              <Cell title='出生日期' extra={who.profile.birthDate} />
              <Cell title='手机号码' extra={who.profile.mobileMasked} />
              <Cell title='所属基层工会' extra={who.profile.union.name} />
            </CellGroup>
          ) : null}
          {who.roles.includes('employee') ? (
            <View className='mine__actions'>
              <Button block type='primary' onClick={() => void Taro.navigateTo({ url: routes.bind })}>
                {who.profile ? '修改我的信息' : '绑定个人信息'}
              </Button>
            </View>
          ) : null}
        </>
      ) : null}
      {process.env.TARO_ENV === 'h5' ? (
        <Button block fill='outline' onClick={signOut}>
          退出登录
        </Button>
      ) : null}
    </View>
  )
}
