/**
 * 帮扶计划与台账 of one household, for its staff, its helpers and the worker:
 * the plan (一户一策) and its confirmation, the 联系卡 (困难职工存) as it
 * prints, both copies as .docx, the aid received, and what the caller may do
 * next — the worker 签字确认, staff and helpers 制定/修改计划 and 查看住址,
 * staff 登记帮扶 and 冲销. Without an id (the worker from 首页) it opens the
 * worker's own filed household.
 */
import { useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { applicationApi } from '../../../api/application'
import { assistanceApi } from '../../../api/assistance'
import { Intent } from '../../../api/intent'
import type { AidEntryView } from '../../../domain/assistance/assistance-views'
import type { CardCopy } from '../../../domain/assistance/assistance.schema'
import { AppError } from '../../../domain/shared/app-error'
import { ErrorNote } from '../../../components/error-note'
import { Button, Tag } from '../../../components/nut'
import { openDocument } from '../../../components/open-document'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import { AidList, Totals } from '../aid-list'
import { CardView } from '../card-view'
import '../assist.scss'

async function ownHousehold(): Promise<string> {
  const filed = (await applicationApi.mine()).items.find((a) => a.filed)
  if (!filed) throw new AppError('NOT_FOUND', '您家还没有建档，建档后可在这里查看帮扶计划和帮扶记录')
  return filed.id
}

type Reversing = { entry: AidEntryView; reason: string }

export default function AssistHousehold() {
  const given = useRouter().params.applicationId ?? ''
  const remote = useRemote(async () => {
    const applicationId = given || (await ownHousehold())
    const [overview, ledger] = await Promise.all([assistanceApi.overview(applicationId), assistanceApi.ledger({ applicationId })])
    return { overview, ledger }
  })
  const intent = useRef(new Intent())
  const [busy, setBusy] = useState(false)
  const [contact, setContact] = useState<{ address?: string; mobile?: string } | null>(null)
  const [reversing, setReversing] = useState<Reversing | null>(null)

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true)
    try {
      await work()
      if (done) void Taro.showToast({ title: done, icon: 'success' })
      await remote.reload()
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data) return <View className='page hint'>加载中…</View>
  const { overview: o, ledger } = remote.data
  const id = o.applicationId
  const print = (copy: CardCopy) =>
    act(async () => {
      const { url } = await intent.current.send((rid) => assistanceApi.printCard(id, copy, rid))
      if (url) await openDocument(url)
    })
  const reverse = (entry: AidEntryView) => setReversing({ entry, reason: '' })
  const confirmReverse = (r: Reversing) =>
    void act(() => intent.current.send((rid) => assistanceApi.reverse(r.entry.id, r.reason, rid)).then(() => setReversing(null)), '已冲销')

  return (
    <View className='page assist-household'>
      <View className='card'>
        <Text className='section-title'>{`${o.name}家 · 档案号 ${o.fileNumber}`}</Text>
        <Text className='hint'>{`${o.union.name} · ${o.fileLevel}档案 · ${o.category}`}</Text>
      </View>
      <View className='card assist-plan'>
        <Text className='section-title'>帮扶计划（一户一策）</Text>
        {o.plan ? (
          <>
            <View className='assist-plan__status'>
              <Tag type={o.plan.status === 'confirmed' ? 'success' : 'warning'}>{o.plan.statusLabel}</Tag>
            </View>
            <Text className='hint'>{`第${o.plan.revision}版 · ${o.plan.madeBy.name}制定于${o.plan.madeBy.at.slice(0, 10)}`}</Text>
            {o.plan.confirmation ? (
              <Text className='hint assist-plan__confirmed'>{`${o.plan.confirmation.name}已于${o.plan.confirmation.at.slice(0, 10)}签字确认`}</Text>
            ) : null}
          </>
        ) : (
          <Text className='hint'>还没有帮扶计划</Text>
        )}
        <View className='assist-actions'>
          {o.can.confirm ? (
            <Button type='primary' disabled={busy} onClick={() => void act(() => intent.current.send((rid) => assistanceApi.confirmPlan(id, rid)), '已确认')}>
              签字确认帮扶计划
            </Button>
          ) : null}
          {o.can.plan ? (
            <Button size='small' onClick={() => void Taro.navigateTo({ url: `${routes.assistPlan}?applicationId=${id}` })}>
              {o.plan ? '修改计划' : '制定计划'}
            </Button>
          ) : null}
        </View>
      </View>
      <CardView card={o.card} />
      <View className='assist-actions'>
        {o.relations.some((r) => r !== 'worker') ? (
          <Button size='small' disabled={busy} onClick={() => void print('helper')}>
            联系卡（帮扶责任人存）
          </Button>
        ) : null}
        <Button size='small' disabled={busy} onClick={() => void print('worker')}>
          联系卡（困难职工存）
        </Button>
        {o.can.contact ? (
          <Button
            size='small'
            disabled={busy}
            onClick={() => void act(async () => setContact(await intent.current.send((rid) => assistanceApi.contact(id, rid))))}
          >
            查看住址和手机号
          </Button>
        ) : null}
      </View>
      {contact ? (
        <View className='card assist-contact'>
          <Text>{`家庭住址：${contact.address ?? '—'}`}</Text>
          <Text>{`手机号码：${contact.mobile ?? '—'}`}</Text>
          <Text className='hint'>查看已记入审计日志，请勿外传</Text>
        </View>
      ) : null}
      <Text className='section-title'>帮扶记录</Text>
      <Totals totals={ledger.totals} />
      {o.can.record ? (
        <View className='assist-actions'>
          <Button type='primary' size='small' onClick={() => void Taro.navigateTo({ url: `${routes.assistRecord}?applicationId=${id}` })}>
            登记帮扶
          </Button>
        </View>
      ) : null}
      {reversing ? (
        <View className='card assist-reverse'>
          <Text>{`冲销 ${reversing.entry.date} ${reversing.entry.kind} ${reversing.entry.amount.toFixed(2)}元（原记录保留）`}</Text>
          <Input
            className='field__input field__input--reason'
            placeholder='请写明冲销原因'
            value={reversing.reason}
            onInput={(e) => setReversing({ ...reversing, reason: e.detail.value })}
          />
          <View className='assist-actions'>
            <Button type='primary' size='small' disabled={busy} onClick={() => confirmReverse(reversing)}>
              确认冲销
            </Button>
            <Button size='small' onClick={() => setReversing(null)}>
              取消
            </Button>
          </View>
        </View>
      ) : null}
      <AidList entries={ledger.entries} {...(o.can.record ? { onReverse: reverse } : {})} />
    </View>
  )
}
