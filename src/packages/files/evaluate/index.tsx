/**
 * 填写解困脱困认定书 (seed 001 附件4 效果评价), for the household's helper or the
 * grassroots staff: the family's per-capita income, what changed, whether the
 * causes are removed, and the proposal. The server checks it against the
 * engine's exit test and asks for a reason when the proposal goes against it.
 */
import { useRef, useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { PROPOSALS, PROPOSAL_LABELS, type Proposal } from '../../../domain/file/file.schema'
import { filesApi } from '../../../api/files'
import { Intent } from '../../../api/intent'
import { Button } from '../../../components/nut'
import { toAppError } from '../../../hooks/use-remote'
import './index.scss'

export default function Evaluate() {
  const params = useRouter().params
  const applicationId = params.applicationId ?? ''
  const name = decodeURIComponent(params.name ?? '')
  const year = new Date().getFullYear()
  const [income, setIncome] = useState('')
  const [description, setDescription] = useState('')
  const [causesRemoved, setCausesRemoved] = useState<boolean | null>(null)
  const [proposal, setProposal] = useState<Proposal | null>(null)
  const [reason, setReason] = useState('')
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const intent = useRef(new Intent())

  const save = async () => {
    if (causesRemoved === null) return setProblems({ causesRemoved: '请选择致困因素是否消除' })
    if (!proposal) return setProblems({ proposal: '请选择认定建议' })
    setBusy(true)
    try {
      const data = { applicationId, year, perCapitaMonthlyIncome: income, description, causesRemoved, proposal, ...(reason ? { reason } : {}) }
      await intent.current.send((requestId) => filesApi.evaluate(data, requestId))
      void Taro.showToast({ title: '认定书已保存', icon: 'success' })
      setProblems({ saved: '认定书已保存，等待工会主席认定' })
    } catch (e) {
      const error = toAppError(e)
      setProblems(error.fields ?? { form: error.message })
    } finally {
      setBusy(false)
    }
  }
  const problem = (key: string) => (problems[key] ? <Text className='error-text'>{problems[key]}</Text> : null)
  const chip = <T,>(on: boolean, text: string, value: T, pick: (v: T) => void) => (
    <Text key={text} className={`chip ${on ? 'chip--on' : ''}`} onClick={() => (pick(value), setProblems({}))}>
      {text}
    </Text>
  )

  return (
    <View className='page evaluate'>
      <View className='card'>
        <Text className='evaluate__title'>{`${name}家 · ${year}年度效果评价`}</Text>
        <Text className='field__label'>家庭人均收入（元/月）</Text>
        <Input className='field__input evaluate__income' type='digit' value={income} onInput={(e) => setIncome(e.detail.value)} />
        {problem('perCapitaMonthlyIncome')}
        <Text className='field__label'>效果描述（或其他效果）</Text>
        <Textarea
          className='field__input field__textarea evaluate__description'
          value={description}
          maxlength={1000}
          onInput={(e) => setDescription(e.detail.value)}
        />
        {problem('description')}
        <Text className='field__label'>致困因素是否消除</Text>
        <View className='evaluate__chips'>
          {chip(causesRemoved === true, '已消除', true, setCausesRemoved)}
          {chip(causesRemoved === false, '未消除', false, setCausesRemoved)}
        </View>
        {problem('causesRemoved')}
        <Text className='field__label'>认定建议</Text>
        <View className='evaluate__chips'>{PROPOSALS.map((p) => chip(proposal === p, PROPOSAL_LABELS[p], p, setProposal))}</View>
        {problem('proposal')}
        <Text className='field__label'>与系统建议不同的理由（选填）</Text>
        <Textarea className='field__input field__textarea evaluate__reason' value={reason} maxlength={500} onInput={(e) => setReason(e.detail.value)} />
        {problem('reason')}
        {problem('form')}
        {problems.saved ? <Text className='evaluate__saved'>{problems.saved}</Text> : null}
        <Button type='primary' block loading={busy} disabled={busy} className='evaluate__save' onClick={() => void save()}>
          保存认定书
        </Button>
      </View>
    </View>
  )
}
