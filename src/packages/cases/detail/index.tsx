/**
 * Staff: one application — the summary (masked), the engine's verdict in the
 * same words the employee's self-check uses, the consent, the steps this staff
 * member may take now (each a form: step-actions.tsx), what the steps
 * recorded, the whole form with its papers (form-view.tsx) and the record of
 * every step; once filed, the printable 档案表.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { STATUS_LABELS, TRANSITIONS } from '../../../domain/application/application-machine'
import { formatYuan } from '../../../domain/shared/money'
import { applicationApi } from '../../../api/application'
import { newRequestId } from '../../../api/request-id'
import { ErrorNote } from '../../../components/error-note'
import { Button, Cell, CellGroup } from '../../../components/nut'
import { openDocument } from '../../../components/open-document'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import { FormView } from './form-view'
import { StepActions } from './step-actions'
import { StepRecords } from './step-records'
import './index.scss'

export default function CaseDetail() {
  const id = useRouter().params.id ?? ''
  const detail = useRemote(() => applicationApi.detail(id))
  const [printing, setPrinting] = useState(false)
  const a = detail.data

  const print = async () => {
    setPrinting(true)
    try {
      const { url } = await applicationApi.print(id, newRequestId())
      if (url) await openDocument(url)
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setPrinting(false)
    }
  }

  if (detail.error) return <ErrorNote error={detail.error} onRetry={() => void detail.reload()} />
  if (!a) return <View className='page hint'>加载中…</View>
  return (
    <View className='page case-detail'>
      <CellGroup title='申请人'>
        <Cell title='姓名' extra={a.applicantName} />
        <Cell title='身份证号' extra={a.idNumberMasked} />
        <Cell title='家庭人口' extra={`${a.householdSize}人`} />
        <Cell title='家庭月人均收入' extra={`${formatYuan(a.perCapitaIncomeFen)}元`} />
        <Cell title='所属工会' extra={a.union.name} />
        <Cell title='状态' extra={STATUS_LABELS[a.status]} />
        <Cell title='授权书' extra={`${dayjs(a.consent.agreedAt).format('YYYY-MM-DD HH:mm')}同意（版本${a.consent.version}）`} />
      </CellGroup>
      {a.assessment ? (
        <View className='card'>
          <Text className='case-detail__verdict'>
            {a.assessment.eligible ? `系统评估：符合第${a.assessment.criterion}条（${a.assessment.category}）` : '系统评估：不符合建档条件'}
          </Text>
          <Text className='case-detail__explanation'>{a.assessment.explanation}</Text>
        </View>
      ) : null}
      <StepActions detail={a} onChanged={detail.reload} />
      {a.filed ? (
        <CellGroup title='档案'>
          <Cell title='档案编号' extra={a.filed.fileNumber} />
          <Cell title='困难类别' extra={`${a.filed.category} · ${a.filed.fileLevel}`} />
          <Cell
            title='帮扶责任人'
            extra={`${a.filed.helperName} · 调整结对`}
            onClick={() => void Taro.navigateTo({ url: `${routes.compliance}?pair=${id}&helper=${encodeURIComponent(a.filed?.helperName ?? '')}` })}
          />
          <Cell title='走访记录' extra='查看' onClick={() => void Taro.navigateTo({ url: `${routes.visits}?applicationId=${id}` })} />
          <Cell title='帮扶计划与台账' extra='查看' onClick={() => void Taro.navigateTo({ url: `${routes.assistHousehold}?applicationId=${id}` })} />
        </CellGroup>
      ) : null}
      {a.filed ? (
        <Button block type='primary' loading={printing} disabled={printing} onClick={() => void print()}>
          下载困难职工档案表
        </Button>
      ) : null}
      <StepRecords detail={a} />
      <FormView detail={a} />
      <Text className='section-title'>办理记录</Text>
      <View className='card'>
        {[...a.timeline].reverse().map((t) => (
          <View key={`${t.step}-${t.at}`} className='case-detail__event'>
            <Text className='hint'>{dayjs(t.at).format('YYYY-MM-DD HH:mm')}</Text>
            <Text>
              {t.unionName} · {TRANSITIONS[t.step].label}
              {t.remarks ? `：${t.remarks}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
