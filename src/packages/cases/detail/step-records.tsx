/** What the steps so far recorded: the visit, the meeting, the publicity and why a case was sent back or closed. */
import { Image, Text, View } from '@tarojs/components'
import type { ApplicationDetailView } from '../../../domain/application/application-views'
import { FILE_FORM_CATALOGUE, labelOfPath } from '../../../domain/file-form/field-catalogue'
import { Cell, CellGroup } from '../../../components/nut'

const RESULT = { agree: '同意建档', disagree: '不同意建档' } as const

function Investigation({ detail }: { detail: ApplicationDetailView }) {
  const i = detail.investigation
  if (!i) return null
  return (
    <CellGroup title='入户调查'>
      <Cell title='调查日期' extra={i.visitDate} />
      <Cell title='调查人员' extra={i.investigators.join('、')} />
      <View className='case-records__text'>{i.findings}</View>
      {i.changes.length ? <View className='case-records__text case-records__changes'>{i.changes.join('；')}</View> : null}
    </CellGroup>
  )
}

function Evaluation({ detail }: { detail: ApplicationDetailView }) {
  const e = detail.evaluation
  if (!e) return null
  return (
    <CellGroup title='民主评议'>
      <Cell title='会议日期' extra={e.meetingDate} />
      <Cell title='参会人数' extra={`${e.attendance}人`} />
      <Cell title='评议结果' extra={RESULT[e.result]} />
      {e.remarks ? <View className='case-records__text'>{e.remarks}</View> : null}
      {e.minutesUrl ? <Image className='case-records__photo' src={e.minutesUrl} mode='aspectFit' /> : null}
    </CellGroup>
  )
}

function Publicity({ detail }: { detail: ApplicationDetailView }) {
  const p = detail.publicity
  if (!p) return null
  return (
    <CellGroup title='公示'>
      <Cell title='公示期' extra={`${p.startDate} 至 ${p.endDate}`} />
      <Cell title='工作日' extra={`${p.workingDays}个`} />
      {p.endedAt ? <Cell title='收到异议' extra={p.objections.length ? `${p.objections.length}条` : '无'} /> : null}
      {p.objections.map((o, i) => (
        <View key={i} className='case-records__text'>{`异议${i + 1}：${o}`}</View>
      ))}
    </CellGroup>
  )
}

export function StepRecords({ detail }: { detail: ApplicationDetailView }) {
  return (
    <View className='case-records'>
      <Investigation detail={detail} />
      <Evaluation detail={detail} />
      <Publicity detail={detail} />
      {detail.returned ? (
        <View className='card'>
          <Text className='error-text'>退回理由：{detail.returned.reasons.join('；')}</Text>
          {detail.returned.fields.length ? (
            <Text className='hint case-records__fields'>需修改：{detail.returned.fields.map((f) => labelOfPath(FILE_FORM_CATALOGUE, f) ?? f).join('、')}</Text>
          ) : null}
        </View>
      ) : null}
      {detail.closed ? (
        <View className='card'>
          <Text className='error-text'>
            {detail.closed.falseDeclaration ? '认定虚假申报' : '不予建档'}：{detail.closed.reason}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
