/**
 * Binding the employee's profile. The form is checked as the user types with
 * the same zod schema the server enforces, so the messages are identical.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import type { UnionOption } from '../../../domain/account/me'
import { bindProfileInput } from '../../../domain/account/profile.schema'
import { fieldErrorsOf, type FieldErrors } from '../../../domain/shared/app-error'
import { parseIdNumber } from '../../../domain/shared/id-number'
import { accountApi } from '../../../api/account'
import { Intent } from '../../../api/intent'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import { toAppError } from '../../../hooks/use-remote'
import type { AppError } from '../../../domain/shared/app-error'
import { routes } from '../../../routes'
import { UnionPicker } from './union-picker'
import './index.scss'

type Form = { name: string; idNumber: string; mobile: string; unionId: string }
const EMPTY: Form = { name: '', idNumber: '', mobile: '', unionId: '' }

export default function Bind() {
  const [form, setForm] = useState<Form>(EMPTY)
  const [version, setVersion] = useState<number | undefined>(undefined)
  const [touched, setTouched] = useState<Partial<Record<keyof Form, boolean>>>({})
  const [serverFields, setServerFields] = useState<FieldErrors>({})
  const [unions, setUnions] = useState<UnionOption[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const intent = useRef(new Intent())
  const today = dayjs().format('YYYY-MM-DD')

  useEffect(() => {
    Promise.all([accountApi.unions(), accountApi.me()]).then(
      ([u, me]) => {
        setUnions(u.unions)
        if (me.profile) {
          setVersion(me.profile.version)
          setForm((f) => ({ ...f, name: me.profile?.name ?? '', unionId: me.profile?.union.id ?? '' }))
        }
      },
      (e: unknown) => setFailure(toAppError(e)),
    )
  }, [])

  const errors = useMemo(() => {
    const result = bindProfileInput({ today }).safeParse(form)
    return result.success ? {} : fieldErrorsOf(result.error)
  }, [form, today])
  const idFacts = parseIdNumber(form.idNumber, today)

  const set = (key: keyof Form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    setServerFields((s) => ({ ...s, [key]: '' }))
  }
  const messageFor = (key: keyof Form) => serverFields[key] || (touched[key] ? errors[key] : '')

  const submit = async () => {
    setTouched({ name: true, idNumber: true, mobile: true, unionId: true })
    if (Object.keys(errors).length > 0) return
    setBusy(true)
    setFailure(null)
    try {
      // One id per intent: a retry after a lost answer replays, never binds twice.
      await intent.current.send((requestId) => accountApi.bindProfile({ ...form, expectedVersion: version }, requestId))
      void Taro.showToast({ title: '绑定成功', icon: 'success' })
      void Taro.switchTab({ url: routes.mine })
    } catch (e) {
      const error = toAppError(e)
      setServerFields(error.fields ?? {})
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const field = (
    key: 'name' | 'idNumber' | 'mobile',
    label: string,
    props: { type?: 'idcard' | 'number' | 'text'; maxlength: number; placeholder: string },
  ) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input
        className={`field__input field__input--${key}`}
        type={props.type ?? 'text'}
        maxlength={props.maxlength}
        placeholder={props.placeholder}
        value={form[key]}
        onInput={(e) => set(key)(e.detail.value)}
        onBlur={() => setTouched((t) => ({ ...t, [key]: true }))}
      />
      {/* Always rendered: an error revealed on blur must not move the button the user is tapping. */}
      <Text className='error-text field__error'>{messageFor(key)}</Text>
    </View>
  )

  return (
    <View className='page bind'>
      <Text className='hint'>请如实填写，信息将加密保存，仅您所在工会的工作人员可以查看。</Text>
      <View className='card'>
        {field('name', '姓名', { maxlength: 20, placeholder: '与身份证一致' })}
        {field('idNumber', '身份证号', { type: 'idcard', maxlength: 18, placeholder: '18位身份证号' })}
        {idFacts.valid ? <Text className='hint field__derived'>{`${idFacts.sex} · ${idFacts.birthDate} 出生 · ${idFacts.age}岁`}</Text> : null}
        {field('mobile', '手机号码', { type: 'number', maxlength: 11, placeholder: '11位手机号' })}
      </View>
      <Text className='section-title'>所属基层工会</Text>
      <View className='card'>
        <UnionPicker unions={unions} value={form.unionId} onChange={(id) => (set('unionId')(id), setTouched((t) => ({ ...t, unionId: true })))} />
        {messageFor('unionId') ? <Text className='error-text'>{messageFor('unionId')}</Text> : null}
      </View>
      {failure ? <ErrorNote error={failure} /> : null}
      <Button block type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>
        {version === undefined ? '提交绑定' : '保存修改'}
      </Button>
    </View>
  )
}
