/**
 * 档案表 and 申报表 in full, as submitted, for the staff responsible: numbers
 * that identify or pay a person stay masked until 查看 (one at a time,
 * written to the audit log); the photographed papers open through their
 * 5-minute links.
 */
import { useMemo, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ApplicationDetailView } from '../../../domain/application/application-views'
import { valueListsFor } from '../../../domain/value-lists/value-list-sets'
import { applicationApi } from '../../../api/application'
import { newRequestId } from '../../../api/request-id'
import { toAppError } from '../../../hooks/use-remote'
import { declarationRows, memberRows, workerRows, type ShownValue } from './form-values'

function Rows({ rows, revealed, onReveal }: { rows: ShownValue[]; revealed: Record<string, string>; onReveal: (path: string) => void }) {
  return (
    <View className='card form-view'>
      {rows.map((row) => (
        <View key={row.path} className={`form-view__row form-view__row--${row.path.replace(/\./g, '-')}`}>
          <Text className='form-view__label'>{row.label}</Text>
          <Text className='form-view__value'>{revealed[row.path] ?? row.text}</Text>
          {row.masked && revealed[row.path] === undefined ? (
            <Text className='form-view__reveal' onClick={() => onReveal(row.path)}>
              查看
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}

export function FormView({ detail }: { detail: ApplicationDetailView }) {
  const lists = useMemo(() => valueListsFor(detail.valueListSet), [detail.valueListSet])
  const [revealed, setRevealed] = useState<Record<string, string>>({})
  const reveal = async (path: string) => {
    try {
      const { value } = await applicationApi.reveal(detail.id, path, newRequestId())
      if (value !== undefined) setRevealed((r) => ({ ...r, [path]: String(value) }))
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }
  const urls = detail.papers.flatMap((p) => (p.url ? [p.url] : []))
  return (
    <View>
      <Text className='section-title'>困难职工档案表（查看完整号码将记入审计日志）</Text>
      <Rows rows={workerRows(detail.form, lists, detail.perCapitaIncomeFen)} revealed={revealed} onReveal={(p) => void reveal(p)} />
      {memberRows(detail.form, lists).map((rows, i) => (
        <View key={i}>
          <Text className='section-title'>{`家庭成员${i + 1}`}</Text>
          <Rows rows={rows} revealed={revealed} onReveal={(p) => void reveal(p)} />
        </View>
      ))}
      <Text className='section-title'>家庭财产、收支情况及致困原因申报表</Text>
      <Rows rows={declarationRows(detail.declaration, lists, detail.householdSize)} revealed={revealed} onReveal={(p) => void reveal(p)} />
      <Text className='section-title'>{`证明材料（${detail.papers.length}张）`}</Text>
      <View className='card papers-view'>
        {detail.papers.length === 0 ? <Text className='hint'>未上传证明材料照片</Text> : null}
        {detail.papers.map((paper) => (
          <View key={paper.index} className='papers-view__item'>
            {paper.url ? (
              <Image className='papers-view__image' src={paper.url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls, current: paper.url })} />
            ) : (
              <View className='papers-view__image papers-view__missing'>照片已删除</View>
            )}
            <Text className='papers-view__name'>{paper.name}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
