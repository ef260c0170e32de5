/**
 * 自助测算: an employee checks whether they appear to qualify, computed on the
 * phone by the same engine the union uses. Nothing is sent to the server; the
 * entries are kept on the device so leaving the page loses nothing.
 */
import { useMemo, useState } from 'react'
import { Input, Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { SPECIAL_REASON_LABELS, SUDDEN_HARDSHIP_LABELS } from '../../domain/eligibility/eligibility'
import { regionsWithStandard } from '../../domain/policy/standard-regions'
import { Button } from '../../components/nut'
import { scrollToFirstError } from '../../components/scroll-to-error'
import { Chips } from './chips'
import { ResultCard } from '../../components/result-card'
import { EMPTY_FORM, MANUAL_REGION, monthLabels, runSelfCheck, type SelfCheckForm, type SelfCheckOutcome } from './self-check'
import './index.scss'

const DRAFT_KEY = 'bangfu.selfcheck.draft'
type TextKey = 'minimumLiving' | 'householdSize' | 'specialExpensesAnnual' | 'suddenExpensesAnnual' | 'homesOwned'
type FlagKey = 'receivesDibao' | 'ownsCommercialPremises' | 'employsOthers' | 'childAtHighFeeSchoolOrAbroad' | 'usesVehiclesNotAsEmployee'

const FLAGS: [FlagKey, string][] = [
  ['ownsCommercialPremises', '家庭拥有商业店铺'],
  ['employsOthers', '雇佣他人从事经营活动'],
  ['childAtHighFeeSchoolOrAbroad', '子女就读高收费私立学校或自费出国留学'],
  ['usesVehiclesNotAsEmployee', '非受雇佣经常使用机动车辆、船舶、工程机械或大型农机具'],
]

function loadDraft(): SelfCheckForm {
  const saved = Taro.getStorageSync<Partial<SelfCheckForm> | ''>(DRAFT_KEY)
  return saved ? { ...EMPTY_FORM, ...saved } : EMPTY_FORM
}

export default function SelfCheck() {
  const today = dayjs().format('YYYY-MM-DD')
  const regions = useMemo(() => [...regionsWithStandard(today), { regionCode: MANUAL_REGION, name: '其他地区（手动填写低保标准）' }], [today])
  const [form, setForm] = useState<SelfCheckForm>(loadDraft)
  const [outcome, setOutcome] = useState<SelfCheckOutcome | null>(null)
  const months = monthLabels(today)

  const update = (patch: Partial<SelfCheckForm>) => {
    const next = { ...form, ...patch }
    setForm(next)
    Taro.setStorageSync(DRAFT_KEY, next)
    if (outcome) setOutcome(runSelfCheck(next, today))
  }
  const check = () => {
    const next = runSelfCheck(form, today)
    setOutcome(next)
    // Take the user to the first thing to fix, which is usually far above the button.
    if (!next.ok) scrollToFirstError('.selfcheck')
  }
  const errors = outcome && !outcome.ok ? outcome.fields : {}
  const error = (key: string) => (errors[key] ? <Text className='error-text'>{errors[key]}</Text> : null)
  const text = (key: TextKey, label: string, placeholder: string, type: 'digit' | 'number' = 'digit') => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input
        className={`field__input field__input--${key}`}
        type={type}
        placeholder={placeholder}
        value={form[key]}
        onInput={(e) => update({ [key]: e.detail.value })}
      />
      {error(key)}
    </View>
  )
  const flag = (key: FlagKey, label: string) => (
    <View key={key} className='flag'>
      <Text className='flag__label'>{label}</Text>
      <Switch checked={form[key]} color='#c8102e' onChange={(e) => update({ [key]: e.detail.value })} />
    </View>
  )

  return (
    <View className='page selfcheck'>
      <Text className='hint'>按工会的认定标准，在手机上测算您家是否可能符合困难职工建档条件。所填内容不会上传。</Text>
      <Text className='section-title'>所在地区与家庭人口</Text>
      <View className='card'>
        <Text className='field__label'>户口所在地区</Text>
        {regions.map((r) => (
          <View
            key={r.regionCode}
            className={`choice ${r.regionCode === form.regionCode ? 'choice--on' : ''}`}
            onClick={() => update({ regionCode: r.regionCode })}
          >
            <Text>{r.name}</Text>
            {r.regionCode === form.regionCode ? <Text>✓</Text> : null}
          </View>
        ))}
        {error('regionCode')}
        {form.regionCode === MANUAL_REGION ? text('minimumLiving', '当地低保标准（元/人·月）', '如 550') : null}
        {text('householdSize', '家庭人口（同户籍共同生活）', '如 3', 'number')}
      </View>
      <Text className='section-title'>近6个月家庭可支配收入（元，含低保金）</Text>
      <Text className='hint'>可支配收入＝总收入−个人所得税−养老、医疗、失业保险个人缴纳部分</Text>
      <View className='card'>
        {months.map((label, i) => (
          <View key={label} className='field field--inline'>
            <Text className='field__label'>{label}</Text>
            <Input
              className={`field__input field__input--month${i}`}
              type='digit'
              placeholder='金额（元）'
              value={form.monthlyIncome[i] ?? ''}
              onInput={(e) => update({ monthlyIncome: form.monthlyIncome.map((m, j) => (j === i ? e.detail.value : m)) })}
            />
            {error(`monthlyIncome.${i}`)}
          </View>
        ))}
        {error('monthlyIncome')}
        {flag('receivesDibao', '正在领取政府低保')}
      </View>
      <Text className='section-title'>特殊困难（可多选）</Text>
      <View className='card'>
        <Chips options={SPECIAL_REASON_LABELS} value={form.specialReasons} onChange={(specialReasons) => update({ specialReasons })} />
        {text('specialExpensesAnnual', '因上述原因一年的必要支出（元）', '如 9900')}
        <Text className='field__label'>突发困难</Text>
        <Chips options={SUDDEN_HARDSHIP_LABELS} value={form.suddenHardship} onChange={(suddenHardship) => update({ suddenHardship })} />
        {text('suddenExpensesAnnual', '因突发困难一年的必要支出（元）', '如 20000')}
      </View>
      <Text className='section-title'>家庭财产</Text>
      <View className='card'>
        {text('homesOwned', '家庭自有产权住房（套）', '如 1', 'number')}
        {FLAGS.map(([key, label]) => flag(key, label))}
      </View>
      <Button block type='primary' onClick={check}>
        开始测算
      </Button>
      {outcome && !outcome.ok ? <Text className='error-text selfcheck__summary'>请按提示修改标红的内容</Text> : null}
      {outcome?.ok ? <ResultCard result={outcome.result} note='测算只在您的手机上进行，不会上传。结果仅供参考，以工会调查核实和审批为准。' /> : null}
    </View>
  )
}
