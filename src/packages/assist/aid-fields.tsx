/**
 * The fields of an aid entry, shared by 登记帮扶 and 批量帮扶: date, kind,
 * cash in yuan, goods and their value, the fund's level (the server applies
 * the fund rule and names both levels when it refuses), fund, project,
 * remarks. Each input carries `field__input--<key>`; choices are chips.
 */
import { Input, Text, View } from '@tarojs/components'
import { FUND_LEVELS } from '../../domain/assistance/fund-rule'
import { NATIONAL_DEFAULTS } from '../../domain/policy/policy'

export type AidDraft = {
  date: string
  kind: string
  amount: string
  goodsName: string
  goodsValue: string
  fundLevel: string
  fund: string
  project: string
  remarks: string
}

export const emptyAid = (today: string): AidDraft => ({
  date: today,
  kind: '',
  amount: '',
  goodsName: '',
  goodsValue: '',
  fundLevel: '',
  fund: '',
  project: '',
  remarks: '',
})

/** The request's aid fields from a draft: goods only when named, empty texts left out. */
export function aidData(d: AidDraft): Record<string, unknown> {
  const optional = (key: 'fund' | 'project' | 'remarks') => (d[key].trim() ? { [key]: d[key].trim() } : {})
  return {
    ...{ date: d.date, kind: d.kind, amount: d.amount === '' ? '0' : d.amount, fundLevel: d.fundLevel },
    ...(d.goodsName.trim() ? { goods: { name: d.goodsName.trim(), value: d.goodsValue === '' ? '0' : d.goodsValue } } : {}),
    ...optional('fund'),
    ...optional('project'),
    ...optional('remarks'),
  }
}

type Props = { draft: AidDraft; update: (patch: Partial<AidDraft>) => void; messageOf: (field: string) => string | undefined }

export function AidFields({ draft, update, messageOf }: Props) {
  const input = (key: keyof AidDraft, label: string, placeholder: string, field: string = key) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input className={`field__input field__input--${key}`} value={draft[key]} placeholder={placeholder} onInput={(e) => update({ [key]: e.detail.value })} />
      {messageOf(field) ? <Text className='error-text'>{messageOf(field)}</Text> : null}
    </View>
  )
  const chips = (key: 'kind' | 'fundLevel', label: string, options: readonly string[]) => (
    <View className={`field assist-field--${key}`}>
      <Text className='field__label'>{label}</Text>
      <View className='assist-chips'>
        {options.map((o) => (
          <Text key={o} className={`chip ${draft[key] === o ? 'chip--on' : ''}`} onClick={() => update({ [key]: o })}>
            {o}
          </Text>
        ))}
      </View>
      {messageOf(key) ? <Text className='error-text'>{messageOf(key)}</Text> : null}
    </View>
  )
  return (
    <View className='card'>
      {input('date', '帮扶日期', '如2026-12-20')}
      {chips('kind', '帮扶类别', NATIONAL_DEFAULTS.aidKinds)}
      {input('amount', '帮扶金额（元）', '现金金额，如500')}
      {input('goodsName', '物资（可选）', '如米面油', 'goods')}
      {input('goodsValue', '物资折价（元）', '如150', 'goods.value')}
      {chips('fundLevel', '资金级别（不得高于档案级别）', FUND_LEVELS)}
      {input('fund', '资金来源（可选）', '如区总工会帮扶专项资金')}
      {input('project', '项目名称', '如2027年元旦春节送温暖')}
      {input('remarks', '备注（可选）', '')}
    </View>
  )
}
