/**
 * One grassroots union's 解困脱困花名册 of the year (seed 001 附件5), masked,
 * with its report state; the union's own staff report it up, and anyone may
 * export it (.xlsx, or .docx to print and sign).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { filesApi } from '../../../api/files'
import { Intent } from '../../../api/intent'
import { Button, Tag } from '../../../components/nut'
import { openDocument } from '../../../components/open-document'
import type { RosterView } from '../../../domain/file/file-views'
import { toAppError } from '../../../hooks/use-remote'

type Props = { unionId: string; year: number; own: boolean }

export function RosterCard({ unionId, year, own }: Props) {
  // Mounted after the page has shown, so it loads on mount rather than through useRemote's useDidShow.
  const [data, setData] = useState<RosterView | null>(null)
  const [problem, setProblem] = useState('')
  const load = useCallback(async () => {
    try {
      setData(await filesApi.roster(unionId, year))
    } catch (e) {
      setProblem(toAppError(e).message)
    }
  }, [unionId, year])
  useEffect(() => void load(), [load])
  const intent = useRef(new Intent())
  const report = async () => {
    try {
      await intent.current.send((requestId) => filesApi.reportRoster(unionId, year, requestId))
      void Taro.showToast({ title: '已上报', icon: 'success' })
      await load()
    } catch (e) {
      setProblem(toAppError(e).message)
    }
  }
  const exportAs = async (format: 'xlsx' | 'docx') => {
    try {
      const { url } = await filesApi.rosterExport(unionId, year, format)
      if (format === 'docx') await openDocument(url)
      else void Taro.setClipboardData({ data: url })
    } catch (e) {
      setProblem(toAppError(e).message)
    }
  }
  const r = data
  if (!r) return <View className='card hint'>{problem || '加载中…'}</View>
  return (
    <View className='card roster'>
      <View className='roster__head'>
        <Text className='roster__title'>{`${r.year}年困难职工解困脱困花名册 · ${r.unionName}`}</Text>
        <Tag type={r.report ? 'success' : 'default'}>{r.report?.statusLabel ?? '未上报'}</Tag>
      </View>
      <Text className='hint'>{`填表人：${r.filledBy} · 填表时间：${r.filledOn} · 工会主席：${r.chairName || '未设'}`}</Text>
      {r.rows.length === 0 ? <Text className='hint roster__empty'>本年度暂无脱困档案</Text> : null}
      {r.rows.map((row) => (
        <View key={row.fileNumber} className='roster__row'>
          <Text>{`${row.index}. ${row.fileNumber} ${row.name}（${row.sex}） ${row.category}`}</Text>
          <Text className='hint'>{`${row.idNumber} · ${row.contact || '无'} · ${row.unitOrAddress} · 帮扶责任人 ${row.helperName} · ${row.exitDate}脱困`}</Text>
        </View>
      ))}
      {problem ? <Text className='error-text'>{problem}</Text> : null}
      <View className='roster__actions'>
        {own ? (
          <Button size='small' type='primary' className='roster__report' onClick={() => void report()}>
            {r.report ? '重新上报' : '上报上级工会'}
          </Button>
        ) : null}
        <Button size='small' fill='outline' onClick={() => void exportAs('docx')}>
          打印（Word）
        </Button>
        <Button size='small' fill='outline' onClick={() => void exportAs('xlsx')}>
          导出Excel
        </Button>
      </View>
    </View>
  )
}
