/**
 * 年度认定与花名册 (staff): in the staff member's subtree, the exit rate against
 * the policy's target, every active file with its 认定书 state (overdue after
 * 31 December), the own grassroots union's roster to report up, and the lower
 * unions' reported rosters to receive.
 */
import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { exitRateText } from '../../../domain/file/exit-rate'
import { CERTIFICATE_STATE_LABELS } from '../../../domain/file/file-views'
import { accountApi } from '../../../api/account'
import { filesApi } from '../../../api/files'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button, Tag } from '../../../components/nut'
import { useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import { RosterCard } from './roster-card'
import './index.scss'

export default function YearEnd() {
  const year = new Date().getFullYear()
  const remote = useRemote(async () => {
    const [me, view, reports] = await Promise.all([accountApi.me(), filesApi.yearEnd(year), filesApi.rosterReports(year)])
    return { me, view, reports: reports.items }
  })
  const intent = useRef(new Intent())
  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data) return <View className='page hint'>加载中…</View>
  const { me, view, reports } = remote.data
  const receive = async (unionId: string) => {
    await intent.current.send((requestId) => filesApi.receiveRoster(unionId, year, requestId))
    await remote.reload()
  }
  const evaluate = (applicationId: string, name: string) => () =>
    void Taro.navigateTo({ url: `${routes.evaluate}?applicationId=${applicationId}&name=${encodeURIComponent(name)}` })

  return (
    <View className='page year-end'>
      <View className='card year-end__rate'>
        <Text className='year-end__title'>{`${year}年度 · ${me.staff?.unionName ?? ''}`}</Text>
        <Text className='year-end__figure'>{exitRateText(view.exitRate)}</Text>
        <Text className='hint'>{`在档${view.files.length}户 · 未复查${view.notRechecked}户 · 逾期未认定${view.overdue}户`}</Text>
      </View>
      <View className='card'>
        <Text className='year-end__title'>在档档案的年度认定书</Text>
        {view.files.length === 0 ? <Text className='hint'>暂无在档档案</Text> : null}
        {view.files.map((f) => (
          <View key={f.applicationId} className='year-end__file'>
            <View className='year-end__line'>
              <Text>{`${f.name}家 · ${f.fileNumber}`}</Text>
              <Tag type={f.overdue ? 'danger' : f.certificate === 'certified' ? 'success' : 'warning'}>
                {f.overdue ? '逾期未认定' : CERTIFICATE_STATE_LABELS[f.certificate]}
              </Tag>
            </View>
            <Text className='hint'>{`${f.unionName} · 帮扶责任人 ${f.helperName}${f.proposal ? ` · 建议${f.proposal}` : ''}`}</Text>
            {f.certificate !== 'certified' ? (
              <Button size='small' fill='outline' className='year-end__evaluate' onClick={evaluate(f.applicationId, f.name)}>
                填写认定书
              </Button>
            ) : null}
          </View>
        ))}
      </View>
      {me.staff?.level === 'grassroots' ? <RosterCard unionId={me.staff.unionId} year={year} own /> : null}
      {reports.length > 0 || me.staff?.level !== 'grassroots' ? (
        <View className='card year-end__reports'>
          <Text className='year-end__title'>下级工会上报的花名册</Text>
          {reports.length === 0 ? <Text className='hint'>暂无上报</Text> : null}
          {reports.map((r) => (
            <View key={r.unionId} className='year-end__line year-end__report'>
              <Text>{`${r.unionName} · 脱困${r.exits}户`}</Text>
              <Tag type={r.status === 'received' ? 'success' : 'primary'}>{r.statusLabel}</Tag>
              {r.status === 'reported' ? (
                <Button size='small' type='primary' onClick={() => void receive(r.unionId)}>
                  接收
                </Button>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
      {reports.map((r) => (
        <RosterCard key={`roster-${r.unionId}-${r.status}`} unionId={r.unionId} year={year} own={false} />
      ))}
    </View>
  )
}
