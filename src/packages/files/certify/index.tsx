/**
 * 解困脱困认定 (工会主席): this year's 认定书 of the chair's union, with the
 * evaluators' proposal and the engine's exit test; 认定 makes one take effect
 * (a 脱困 cancels the file). One request id per tap, so a retry certifies once.
 */
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PROPOSAL_LABELS } from '../../../domain/file/file.schema'
import type { CertificateItem } from '../../../domain/file/file-views'
import { filesApi } from '../../../api/files'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button, Tag } from '../../../components/nut'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import './index.scss'

export default function Certify() {
  const year = new Date().getFullYear()
  const remote = useRemote(() => filesApi.certificates(year))
  const [busy, setBusy] = useState('')
  const [problem, setProblem] = useState('')
  const intent = useRef(new Intent())

  const certify = async (c: CertificateItem) => {
    setBusy(c.applicationId)
    try {
      await intent.current.send((requestId) => filesApi.certify(c.applicationId, c.year, requestId))
      void Taro.showToast({ title: '已认定', icon: 'success' })
      await remote.reload()
    } catch (e) {
      setProblem(toAppError(e).message)
    } finally {
      setBusy('')
    }
  }

  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data) return <View className='page hint'>加载中…</View>
  return (
    <View className='page certify'>
      <Text className='certify__heading'>{`${year}年度解困脱困认定书（${remote.data.items.length}份）`}</Text>
      {remote.data.items.length === 0 ? <View className='card hint'>暂无认定书</View> : null}
      {problem ? <Text className='error-text'>{problem}</Text> : null}
      {remote.data.items.map((c) => (
        <View key={c.applicationId} className='card certify__item'>
          <View className='certify__head'>
            <Text className='certify__name'>{`${c.name}家 · ${c.fileNumber}`}</Text>
            <Tag type={c.status === 'certified' ? 'success' : 'warning'}>{c.status === 'certified' ? '已认定' : '待认定'}</Tag>
          </View>
          <Text className='certify__line'>{`建议：${PROPOSAL_LABELS[c.proposal]}`}</Text>
          <Text className='hint certify__line'>{`家庭人均收入${c.perCapitaMonthlyIncome}元/月 · 致困因素${c.causesRemoved ? '已消除' : '未消除'}`}</Text>
          <Text className='hint certify__line'>{`系统测算：${c.exitTestMet ? '达到脱困条件' : '未达到脱困条件'}${c.reason ? ` · 理由：${c.reason}` : ''}`}</Text>
          <Text className='hint certify__line'>{`效果描述：${c.description}`}</Text>
          <Text className='hint certify__line'>{`评价人：${c.evaluators.join('、')}`}</Text>
          {c.status === 'certified' ? (
            <Text className='certify__line'>{`${c.chairName ?? ''}于${c.certifiedOn ?? ''}认定`}</Text>
          ) : (
            <Button
              type='primary'
              size='small'
              loading={busy === c.applicationId}
              disabled={busy !== ''}
              className='certify__button'
              onClick={() => void certify(c)}
            >
              {c.proposal === '脱困' ? '认定脱困并注销档案' : '认定'}
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
