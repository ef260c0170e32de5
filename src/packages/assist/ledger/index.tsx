/**
 * 帮扶台账 of the staff member's subtree for a year: totals by fund level and
 * kind, every entry (tap a name to open the household), plans still waiting
 * for the worker's confirmation, 批量帮扶 and the .xlsx export.
 */
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { assistanceApi } from '../../../api/assistance'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button, Cell, CellGroup } from '../../../components/nut'
import { openDocument } from '../../../components/open-document'
import { toAppError, useRemote } from '../../../hooks/use-remote'
import { routes } from '../../../routes'
import { AidList, Totals } from '../aid-list'
import '../assist.scss'

export default function AssistLedger() {
  const [year, setYear] = useState(new Date().getFullYear())
  const remote = useRemote(async () => {
    const [ledger, awaiting] = await Promise.all([assistanceApi.ledger({ year }), assistanceApi.awaiting()])
    return { ledger, awaiting }
  }, [year])
  const intent = useRef(new Intent())
  const [exporting, setExporting] = useState(false)
  const exportXlsx = async () => {
    setExporting(true)
    try {
      const { url } = await intent.current.send((rid) => assistanceApi.export({ year }, rid))
      if (url) await openDocument(url, 'xlsx')
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    } finally {
      setExporting(false)
    }
  }
  const open = (applicationId: string) => () => void Taro.navigateTo({ url: `${routes.assistHousehold}?applicationId=${applicationId}` })
  if (remote.error) return <ErrorNote error={remote.error} onRetry={() => void remote.reload()} />
  if (!remote.data) return <View className='page hint'>加载中…</View>
  const { ledger, awaiting } = remote.data
  return (
    <View className='page assist-ledger'>
      <View className='assist-actions'>
        <Button size='small' onClick={() => setYear(year - 1)}>
          上一年
        </Button>
        <Text className='section-title'>{`${year}年帮扶台账`}</Text>
        <Button size='small' onClick={() => setYear(year + 1)}>
          下一年
        </Button>
      </View>
      <Totals totals={ledger.totals} />
      <View className='assist-actions'>
        <Button type='primary' size='small' onClick={() => void Taro.navigateTo({ url: routes.assistCampaign })}>
          批量帮扶
        </Button>
        <Button size='small' loading={exporting} onClick={() => void exportXlsx()}>
          导出台账（.xlsx）
        </Button>
      </View>
      {awaiting.items.length ? (
        <CellGroup title='待职工确认的帮扶计划'>
          {awaiting.items.map((p) => (
            <Cell
              key={p.applicationId}
              title={p.name}
              description={`第${p.revision}版 · ${p.madeBy.name}制定 · ${p.deadlineText}`}
              onClick={open(p.applicationId)}
            />
          ))}
        </CellGroup>
      ) : null}
      <AidList entries={ledger.entries} showName />
    </View>
  )
}
