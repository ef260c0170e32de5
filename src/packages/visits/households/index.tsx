/**
 * 我的帮扶户: the filed households paired with this helper (masked), each
 * with this year's visits against the target, the last visit and what is due
 * or overdue; tap to file a visit or read the visits. Visits saved on this
 * phone show above with their upload state. With no signal the list shown
 * is the one last loaded.
 */
import { useEffect, useRef } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import type { MyHousehold } from '../../../domain/visit/visit-views'
import { accountApi } from '../../../api/account'
import { visitApi } from '../../../api/visit'
import { ErrorNote } from '../../../components/error-note'
import { Button, Tag } from '../../../components/nut'
import { useOutboxItems } from '../../../hooks/use-outbox'
import { useRemote } from '../../../hooks/use-remote'
import { keepSending } from '../../../outbox/app-outbox'
import { routes } from '../../../routes'
import { readHouseholds, writeHouseholds, type CachedHouseholds } from './household-cache'
import { badgesOf, lastVisitLine, visitsLine } from './household-status'
import { isVisitItem } from './waiting-state'
import { WaitingVisits } from './waiting-visits'
import './index.scss'

async function load(): Promise<CachedHouseholds> {
  const [mine, me] = await Promise.all([visitApi.mine(), accountApi.me()])
  const fresh = { ...mine, helperName: me.displayName, loadedAt: dayjs().format('YYYY-MM-DD HH:mm') }
  writeHouseholds(fresh)
  return fresh
}

function HouseholdCard({ h }: { h: MyHousehold }) {
  const go = (url: string) => () => void Taro.navigateTo({ url: `${url}?applicationId=${h.applicationId}` })
  return (
    <View className='card household'>
      <View className='household__head'>
        <Text className='household__name'>{h.name}家</Text>
        <Text className='hint'>{`${h.category} · ${h.householdSize}人`}</Text>
      </View>
      <Text className='hint household__meta'>{`档案号 ${h.fileNumber} · ${h.union.name}${h.role === 'second' ? ' · 第二帮扶责任人' : ''}`}</Text>
      <Text className='hint household__meta'>{`身份证号 ${h.idNumberMasked}`}</Text>
      <Text className='household__line'>{visitsLine(h)}</Text>
      <Text className='household__line'>{lastVisitLine(h)}</Text>
      <View className='household__badges'>
        {badgesOf(h).map((b) => (
          <Tag key={b.text} type={b.tone} className='household__badge'>
            {b.text}
          </Tag>
        ))}
      </View>
      <View className='household__actions'>
        <Button size='small' type='primary' className='household__file' onClick={go(routes.fileVisit)}>
          上传走访记录
        </Button>
        <Button size='small' fill='outline' onClick={go(routes.visits)}>
          走访记录
        </Button>
        <Button size='small' fill='outline' className='household__assist' onClick={go(routes.assistHousehold)}>
          帮扶计划
        </Button>
        <Button
          size='small'
          fill='outline'
          className='household__evaluate'
          onClick={() => void Taro.navigateTo({ url: `${routes.evaluate}?applicationId=${h.applicationId}&name=${encodeURIComponent(h.name)}` })}
        >
          填写认定书
        </Button>
      </View>
    </View>
  )
}

export default function Households() {
  const remote = useRemote(load)
  const items = useOutboxItems()
  const shown = remote.data ?? (remote.error?.code === 'NETWORK' ? readHouseholds() : null)
  const arrived = items.filter((i) => isVisitItem(i) && i.state === 'done').length
  const seen = useRef(arrived)

  useEffect(() => keepSending(), [])
  // A visit that just arrived changes the counts: load them again.
  useEffect(() => {
    if (arrived > seen.current) void remote.reload()
    seen.current = arrived
  }, [arrived, remote])

  return (
    <View className='page households'>
      <WaitingVisits items={items} />
      {remote.error && !(remote.error.code === 'NETWORK' && shown) ? <ErrorNote error={remote.error} onRetry={() => void remote.reload()} /> : null}
      {remote.error && shown ? <Text className='hint households__offline'>{`网络不给力，显示的是${shown.loadedAt}的数据`}</Text> : null}
      {shown ? (
        <>
          <Text className='section-title'>{`${shown.year}年 · 结对帮扶${shown.households.length}户`}</Text>
          {shown.households.length === 0 ? <View className='card hint'>暂无结对帮扶的困难职工家庭</View> : null}
          {shown.households.map((h) => (
            <HouseholdCard key={h.applicationId} h={h} />
          ))}
        </>
      ) : remote.loading ? (
        <View className='hint'>加载中…</View>
      ) : null}
    </View>
  )
}
