/**
 * Local-host sign-in: lists the demo accounts the host offers. The WeChat
 * build never shows it (WeChat identifies the user), and a cloud deployment
 * has no such route.
 */
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS, type Role } from '../../../domain/account/roles'
import { AppError } from '../../../domain/shared/app-error'
import { session } from '../../../api/session'
import { ErrorNote } from '../../../components/error-note'
import { restartApp } from '../../../components/restart-app'
import { Cell, CellGroup } from '../../../components/nut'
import { toAppError } from '../../../hooks/use-remote'
import { routes } from '../../../routes'

type DemoAccount = { account: string; name: string; roles: Role[]; unionName: string; demoIdNumber?: string; demoMobile?: string }

async function getJson<T>(url: string, data?: unknown): Promise<T> {
  const res = await Taro.request<T>({ url, method: data ? 'POST' : 'GET', data, header: { 'content-type': 'application/json' } })
  if (res.statusCode !== 200) throw new AppError('NETWORK', '本地服务没有响应，请确认已运行 npm start')
  return res.data
}

export default function SignIn() {
  const [accounts, setAccounts] = useState<DemoAccount[]>([])
  const [error, setError] = useState<AppError | null>(null)

  useEffect(() => {
    getJson<{ accounts: DemoAccount[] }>('/api/dev/accounts').then(
      (r) => setAccounts(r.accounts),
      (e: unknown) => setError(toAppError(e)),
    )
  }, [])

  const signIn = async (account: string) => {
    try {
      const { token } = await getJson<{ token: string }>('/api/dev/sign-in', { account })
      session.save(token, account)
      restartApp(routes.home)
    } catch (e) {
      setError(toAppError(e))
    }
  }

  const groups: { title: string; role: Role }[] = [
    { title: '职工', role: 'employee' },
    { title: '工会工作人员', role: 'staff' },
    { title: '帮扶责任人', role: 'helper' },
    { title: '管理员', role: 'admin' },
    { title: '本级管理员', role: 'subtreeAdmin' },
  ]
  return (
    <View className='page sign-in'>
      <Text className='hint'>本地演示版：点选一个演示账号登录。所有姓名、单位和证件号码均为虚构。</Text>
      {error ? <ErrorNote error={error} /> : null}
      {groups.map((g) => (
        <CellGroup key={g.role} title={g.title}>
          {accounts
            .filter((a) => a.roles[0] === g.role)
            .map((a) => (
              <Cell
                key={a.account}
                title={`${a.name}（${a.account}）`}
                description={
                  [a.unionName, a.demoIdNumber ? `可用于绑定：身份证号 ${a.demoIdNumber}，手机 ${a.demoMobile}` : ''].filter(Boolean).join(' · ') ||
                  ROLE_LABELS[a.roles[0] ?? 'employee']
                }
                onClick={() => void signIn(a.account)}
              />
            ))}
        </CellGroup>
      ))}
    </View>
  )
}
