/**
 * 走访与结对情况 (staff): this year in the staff member's subtree — the
 * counts, the households under the yearly visit target, those never visited,
 * the exit candidates, and every assignable helper's pairing count with the
 * cadres below the minimum flagged. A household opens its visits or the
 * pairing of its helpers.
 */
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ComplianceFile, ComplianceList, HelperPairing } from '../../../domain/visit/visit-views'
import { applicationApi } from '../../../api/application'
import { visitApi } from '../../../api/visit'
import { ErrorNote } from '../../../components/error-note'
import { Button, Tag } from '../../../components/nut'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import { PairForm, type PairTarget } from './pair-form'
import './index.scss'

const COUNTS = [
  ['files', '在档户数'],
  ['visited', '今年已走访'],
  ['underTarget', '未达年度次数'],
  ['neverVisited', '今年未走访'],
  ['due', '待走访'],
  ['overdue', '走访逾期'],
  ['exitCandidates', '脱困候选'],
] as const

export default function Compliance() {
  const remote = useRemote(async () => {
    const [view, { helpers }] = await Promise.all([visitApi.compliance(), applicationApi.helpers()])
    return { view, helpers }
  })
  const [open, setOpen] = useState<{ id: string; pairing: boolean } | null>(null)
  // Pages loaded after the view's first page of each list, and where each list goes on.
  const [more, setMore] = useState<Partial<Record<ComplianceList, { rows: ComplianceFile[]; next: string | null }>>>({})
  const [moreHelpers, setMoreHelpers] = useState<{ rows: HelperPairing[]; next: string | null } | null>(null)
  const [loadingMore, setLoadingMore] = useState<ComplianceList | 'helpers' | null>(null)
  useEffect(() => {
    setMore({})
    setMoreHelpers(null)
  }, [remote.data])
  // Opened from a case (调整结对): that household's pairing first, whether or not it is on a list below.
  const params = useRouter().params
  const [pairing, setPairing] = useState<PairTarget | null>(null)
  const pairId = params.pair ?? ''
  useEffect(() => {
    if (!pairId) return
    void visitApi.list(pairId).then(
      ({ household }) => setPairing({ ...household, helperName: decodeURIComponent(params.helper ?? '') }),
      () => setPairing(null),
    )
  }, [pairId, params.helper])

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data) return <View className='page hint'>加载中…</View>
  const { view, helpers } = remote.data

  const row = (list: string) => (f: ComplianceFile) => {
    const key = `${list}:${f.applicationId}`
    return (
      <View key={key} className='compliance__file'>
        <View onClick={() => setOpen(open?.id === key ? null : { id: key, pairing: false })}>
          <Text className='compliance__name'>{`${f.name}家 · ${f.fileNumber}`}</Text>
          <Text className='hint compliance__meta'>{`${f.union.name} · 帮扶责任人 ${f.helperName}`}</Text>
          <Text className='hint compliance__meta'>{`今年走访${f.visitsThisYear}/${f.target}次 · 最近走访 ${f.lastVisitOn ?? '无'}`}</Text>
        </View>
        {open?.id === key && !open.pairing ? (
          <View className='compliance__actions'>
            <Button size='small' fill='outline' onClick={() => void Taro.navigateTo({ url: `${routes.visits}?applicationId=${f.applicationId}` })}>
              走访记录
            </Button>
            <Button size='small' type='primary' onClick={() => setOpen({ id: key, pairing: true })}>
              调整结对
            </Button>
          </View>
        ) : null}
        {open?.id === key && open.pairing ? (
          <PairForm file={f} helpers={helpers} onCancel={() => setOpen(null)} onDone={() => (setOpen(null), void remote.reload())} />
        ) : null}
      </View>
    )
  }
  const loading = async (key: ComplianceList | 'helpers', load: () => Promise<void>) => {
    setLoadingMore(key)
    try {
      await load()
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setLoadingMore(null)
    }
  }
  const loadMore = (key: ComplianceList, cursor: string) =>
    loading(key, async () => {
      const page = await visitApi.complianceList(key, cursor, view.year)
      setMore((m) => ({ ...m, [key]: { rows: [...(m[key]?.rows ?? []), ...page.rows], next: page.nextCursor } }))
    })
  const loadMoreHelpers = (cursor: string) =>
    loading('helpers', async () => {
      const page = await visitApi.complianceHelpers(cursor, view.year)
      setMoreHelpers((m) => ({ rows: [...(m?.rows ?? []), ...page.rows], next: page.nextCursor }))
    })
  const helperRows = [...view.helpers, ...(moreHelpers?.rows ?? [])]
  const nextHelpers = moreHelpers ? moreHelpers.next : view.next.helpers
  const section = (key: ComplianceList, title: string, empty: string) => {
    const files = [...view[key], ...(more[key]?.rows ?? [])]
    const next = more[key] ? more[key].next : view.next[key]
    return (
      <View className={`card compliance__section compliance__section--${key}`}>
        <Text className='compliance__title'>{`${title}（${view.counts[key]}户）`}</Text>
        {files.length === 0 ? <Text className='hint'>{empty}</Text> : files.map(row(key))}
        {next ? (
          <Button size='small' fill='outline' loading={loadingMore === key} onClick={() => void loadMore(key, next)}>
            {`加载更多（已显示${files.length}户）`}
          </Button>
        ) : null}
      </View>
    )
  }

  return (
    <View className='page compliance'>
      {pairing ? (
        <View className='card compliance__pairing'>
          <Text className='compliance__title'>{`调整结对：${pairing.name}家 · ${pairing.fileNumber}`}</Text>
          <PairForm file={pairing} helpers={helpers} onCancel={() => setPairing(null)} onDone={() => (setPairing(null), void remote.reload())} />
        </View>
      ) : null}
      <Text className='section-title'>{`${view.year}年走访情况（本级及下级工会）`}</Text>
      <View className='card compliance__counts'>
        {COUNTS.map(([key, title]) => (
          <View key={key} className={`compliance__count compliance__count--${key}`}>
            <Text className='compliance__number'>{view.counts[key]}</Text>
            <Text className='hint'>{title}</Text>
          </View>
        ))}
      </View>
      {section('underTarget', '未达年度走访次数', '全部达到年度走访次数')}
      {section('neverVisited', '今年未走访', '没有今年未走访的家庭')}
      {section('exitCandidates', '脱困候选', '暂无脱困候选')}
      <View className='card compliance__section compliance__section--helpers'>
        <Text className='compliance__title'>帮扶责任人结对情况</Text>
        {helperRows.length === 0 ? <Text className='hint'>本级及下级工会暂无帮扶责任人</Text> : null}
        {helperRows.map((h) => (
          <View key={h.id} className='compliance__helper'>
            <Text>{`${h.name}（${h.unionName}）`}</Text>
            <View className='compliance__helper-right'>
              <Text>{`结对${h.households}户`}</Text>
              {h.belowMinimum ? <Tag type='danger' className='compliance__below'>{`少于${h.minimum ?? ''}户`}</Tag> : null}
            </View>
          </View>
        ))}
        {nextHelpers ? (
          <Button size='small' fill='outline' loading={loadingMore === 'helpers'} onClick={() => void loadMoreHelpers(nextHelpers)}>
            {`加载更多（已显示${helperRows.length}人）`}
          </Button>
        ) : null}
        <Text className='hint'>市、县（区）级干部每人结对不少于规定户数。</Text>
      </View>
    </View>
  )
}
