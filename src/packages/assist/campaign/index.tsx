/**
 * 批量帮扶 (送温暖, 金秋助学…): staff filter the filed households of their
 * subtree (困难类别, 有在读子女), tick them (all by default), fill the aid
 * once and record it for all in one action. The answer lists per household
 * 已登记 or why not (e.g. the fund rule); sending again records nothing twice.
 */
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { assistanceApi } from '../../../api/assistance'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import type { CampaignResult } from '../../../domain/assistance/assistance-views'
import type { AppError } from '../../../domain/shared/app-error'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { AidFields, aidData, emptyAid, type AidDraft } from '../aid-fields'
import '../assist.scss'

const CATEGORIES = ['低保户', '低保边缘户', '意外致困户']
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

export default function AssistCampaign() {
  const [filter, setFilter] = useState<{ category?: string; atSchool?: boolean }>({})
  const [skipped, setSkipped] = useState<string[]>([])
  const remote = useRemote(() => assistanceApi.households(filter), [filter])
  const [draft, setDraft] = useState<AidDraft>(emptyAid(today()))
  const [error, setError] = useState<AppError | null>(null)
  const [result, setResult] = useState<CampaignResult | null>(null)
  const [sending, setSending] = useState(false)
  const intent = useRef(new Intent())

  const households = remote.data?.items ?? []
  const chosen = households.filter((h) => !skipped.includes(h.applicationId))
  const names = new Map(households.map((h) => [h.applicationId, h.name]))
  const send = async () => {
    setSending(true)
    try {
      setResult(await intent.current.send((rid) => assistanceApi.campaign({ ...aidData(draft), applicationIds: chosen.map((h) => h.applicationId) }, rid)))
      setError(null)
    } catch (e) {
      setError(toAppError(e))
    } finally {
      setSending(false)
    }
  }
  const chip = (label: string, on: boolean, pick: () => void) => (
    <Text key={label} className={`chip ${on ? 'chip--on' : ''}`} onClick={pick}>
      {label}
    </Text>
  )
  return (
    <View className='page assist-campaign'>
      <View className='card'>
        <Text className='section-title'>选择帮扶户</Text>
        <View className='assist-chips'>
          {CATEGORIES.map((c) => chip(c, filter.category === c, () => setFilter({ ...filter, ...{ category: filter.category === c ? undefined : c } })))}
          {chip('有在读子女', filter.atSchool === true, () => setFilter({ ...filter, atSchool: filter.atSchool ? undefined : true }))}
        </View>
        {remote.error ? <ErrorNote error={remote.error} onRetry={() => void remote.reload()} /> : null}
        <Text className='hint assist-campaign__count'>{`本辖区符合条件${households.length}户，已选${chosen.length}户`}</Text>
        {households.map((h) => (
          <View key={h.applicationId} className='assist-result__row'>
            {chip(`${h.name} · ${h.union.name} · ${h.fileLevel}`, !skipped.includes(h.applicationId), () =>
              setSkipped(skipped.includes(h.applicationId) ? skipped.filter((s) => s !== h.applicationId) : [...skipped, h.applicationId]),
            )}
          </View>
        ))}
      </View>
      <AidFields draft={draft} update={(patch) => setDraft({ ...draft, ...patch })} messageOf={(f) => error?.fields?.[f]} />
      {error ? <Text className='error-text'>{error.message}</Text> : null}
      <Button type='primary' block loading={sending} disabled={chosen.length === 0} onClick={() => void send()}>
        {`为${chosen.length}户登记帮扶`}
      </Button>
      {result ? (
        <View className='card assist-campaign__result'>
          <Text className='section-title'>{`已登记${result.recorded.length}户，未登记${result.refused.length}户`}</Text>
          {result.recorded.map((id) => (
            <View key={id} className='assist-result__row'>
              <Text>{`${names.get(id) ?? id}：已登记`}</Text>
            </View>
          ))}
          {result.refused.map((r) => (
            <View key={r.applicationId} className='assist-result__row'>
              <Text className='error-text'>{`${names.get(r.applicationId) ?? r.applicationId}：${r.message}`}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
