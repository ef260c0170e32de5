/**
 * 调整结对: staff choose the household's 帮扶责任人 and, optionally, a
 * 第二帮扶责任人 among the helpers their union may assign. One request id per
 * intent, so a retry after a lost answer pairs once.
 */
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { HelperOption } from '../../../domain/application/application-views'
import type { ComplianceFile } from '../../../domain/visit/visit-views'
import { Intent } from '../../../api/intent'
import { visitApi } from '../../../api/visit'
import { Button } from '../../../components/nut'
import { toAppError } from '../../../hooks/use-remote'

/** The household to pair; `helperName` preselects its current helper. */
export type PairTarget = Pick<ComplianceFile, 'applicationId' | 'name' | 'fileNumber'> & { helperName?: string }

type Props = { file: PairTarget; helpers: HelperOption[]; onDone: () => void; onCancel: () => void }

const label = (h: HelperOption) => `${h.name}（${h.unionName}）`

export function PairForm({ file, helpers, onDone, onCancel }: Props) {
  const [helperId, setHelperId] = useState(helpers.find((h) => h.name === file.helperName)?.id ?? '')
  const [secondId, setSecondId] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const intent = useRef(new Intent())

  const confirm = async () => {
    if (!helperId) return setProblem('请选择帮扶责任人')
    setBusy(true)
    try {
      const data = { applicationId: file.applicationId, helperId, ...(secondId ? { secondHelperId: secondId } : {}) }
      await intent.current.send((requestId) => visitApi.pair(data, requestId))
      void Taro.showToast({ title: '结对已调整', icon: 'success' })
      onDone()
    } catch (e) {
      const error = toAppError(e)
      setProblem(Object.values(error.fields ?? {})[0] ?? error.message)
    } finally {
      setBusy(false)
    }
  }
  const chips = (value: string, pick: (id: string) => void, options: { id: string; text: string }[]) => (
    <View className='pair__chips'>
      {options.map((o) => (
        <Text key={o.id || 'none'} className={`chip ${value === o.id ? 'chip--on' : ''}`} onClick={() => (pick(o.id), setProblem(''))}>
          {o.text}
        </Text>
      ))}
    </View>
  )
  const options = helpers.map((h) => ({ id: h.id, text: label(h) }))

  return (
    <View className='pair'>
      <Text className='field__label'>帮扶责任人</Text>
      {chips(helperId, setHelperId, options)}
      <Text className='field__label'>第二帮扶责任人（选填）</Text>
      {chips(secondId, setSecondId, [{ id: '', text: '不设' }, ...options.filter((o) => o.id !== helperId)])}
      {problem ? <Text className='error-text'>{problem}</Text> : null}
      <View className='pair__buttons'>
        <Button size='small' onClick={onCancel}>
          取消
        </Button>
        <Button size='small' type='primary' loading={busy} disabled={busy} onClick={() => void confirm()}>
          确认结对
        </Button>
      </View>
    </View>
  )
}
