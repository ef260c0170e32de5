/**
 * 申请建档: the employee fills the 档案表 and 申报表 step by step, photographs
 * the papers, agrees to the 授权书 and submits. Everything typed is kept on
 * the phone after each change; each field is checked as it is typed by the
 * schema the server uses; a returned application is corrected here and resubmitted.
 */
import { useEffect, useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { CONSENT_VERSION } from '../../../domain/application/consent'
import type { MyApplication } from '../../../domain/application/application-views'
import { DECLARATION_FIELDS } from '../../../domain/file-form/declaration-fields'
import type { FieldSpec } from '../../../domain/file-form/field-spec'
import { requiredHere } from '../../../domain/file-form/required-by-policy'
import { WORKER_FIELDS } from '../../../domain/file-form/worker-fields'
import { resolvePolicy } from '../../../domain/policy/resolve-policy'
import type { AppError, FieldErrors } from '../../../domain/shared/app-error'
import { parseIdNumber } from '../../../domain/shared/id-number'
import { accountApi } from '../../../api/account'
import { applicationApi } from '../../../api/application'
import { applyApi } from '../../../api/apply'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import { scrollToFirstError } from '../../../components/scroll-to-error'
import { toAppError } from '../../../hooks/use-remote'
import { keepSending } from '../../../outbox/app-outbox'
import { routes } from '../../../routes'
import { checkDraft, draftFromReturned, listsFor, textOf, loadDraft, saveDraft, type ApplyContext, type ApplyDraft } from './apply-draft'
import { APPLY_STEPS, stepOfPath } from './apply-steps'
import { ConsentStep } from './consent-step'
import { FieldInput } from './field-input'
import { MembersStep } from './members-step'
import { paperKindsFor } from './papers'
import { PapersStep } from './papers-step'
import { submitDraft } from './submit-draft'
import { deviceStorage } from '../../../components/device-storage'
import './index.scss'

const WORKER = WORKER_FIELDS as Record<string, FieldSpec>
const DECLARATION = DECLARATION_FIELDS as Record<string, FieldSpec>

function ApplyForm({ ctx, returned }: { ctx: ApplyContext; returned: MyApplication | null }) {
  const [draft, setDraft] = useState<ApplyDraft>(() => loadDraft(deviceStorage, ctx))
  const [shown, setShown] = useState<Set<string>>(new Set())
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const lists = useMemo(() => listsFor(ctx.regionCode, ctx.today), [ctx])
  const formPolicy = useMemo(() => resolvePolicy(ctx.regionCode, ctx.today).form, [ctx])
  const paperKinds = useMemo(() => paperKindsFor(formPolicy.requiredPapers), [formPolicy])
  const check = useMemo(() => checkDraft(draft, ctx), [draft, ctx])
  const errors = { ...check.errors, ...serverErrors }
  const step = APPLY_STEPS[draft.step] ?? APPLY_STEPS[0]!

  useEffect(() => keepSending(), [])

  const update = (patch: Partial<ApplyDraft>, touched: string[] = []) => {
    setDraft((d) => {
      const next = { ...d, ...patch }
      saveDraft(deviceStorage, next)
      return next
    })
    if (touched.length) {
      setShown((s) => new Set([...s, ...touched]))
      setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.some((t) => k.startsWith(t)))))
    }
  }
  // A message shows once its field was typed in or its step was left with problems.
  const visible = (path: string) => (shown.has(path) || shown.has(`step:${stepOfPath(path)}`) ? errors[path] : undefined)
  const visibleErrors = Object.fromEntries(Object.keys(errors).flatMap((k) => (visible(k) ? [[k, errors[k]!]] : [])))
  const goTo = (index: number) => {
    update({ step: index })
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  const next = () => {
    const problems = Object.keys(errors).filter((path) => stepOfPath(path) === draft.step && path !== 'consent')
    setShown((s) => new Set([...s, `step:${draft.step}`]))
    if (problems.length > 0) return scrollToFirstError('.apply')
    goTo(draft.step + 1)
  }

  const submit = async () => {
    setShown((s) => new Set([...s, ...APPLY_STEPS.map((_, i) => `step:${i}`)]))
    if (Object.keys(errors).length > 0) return scrollToFirstError('.apply')
    setBusy(true)
    setFailure(null)
    try {
      await submitDraft(draft, lists, (d) => update(d), returned !== null)
      void Taro.showToast({ title: '已提交', icon: 'success' })
      void Taro.redirectTo({ url: routes.myApplications })
    } catch (e) {
      const error = toAppError(e)
      setServerErrors(error.fields ?? {})
      setFailure(error)
      const firstField = Object.keys(error.fields ?? {})[0]
      if (firstField) update({ step: stepOfPath(firstField) })
    } finally {
      setBusy(false)
    }
  }

  const worker = (key: string) => (
    <View key={key}>
      <FieldInput
        name={key}
        spec={requiredHere(key, WORKER[key]!, lists, formPolicy)}
        lists={lists}
        value={draft.form[key]}
        error={visible(`form.${key}`)}
        onChange={(value) => update({ form: { ...draft.form, [key]: value } }, [`form.${key}`])}
      />
      {key === 'idNumber' ? <IdFacts idNumber={draft.form.idNumber} today={ctx.today} /> : null}
    </View>
  )
  const declared = (key: string) => (
    <FieldInput
      key={key}
      name={`declaration-${key}`}
      spec={DECLARATION[key]!}
      lists={lists}
      value={draft.declaration[key]}
      error={visible(`declaration.${key}`)}
      onChange={(value) => update({ declaration: { ...draft.declaration, [key]: value } }, [`declaration.${key}`])}
    />
  )

  return (
    <View className='page apply'>
      {returned?.returned ? (
        <View className='card apply__returned'>
          <Text className='error-text'>{`申请已退回：${returned.returned.reasons.join('；')}`}</Text>
          <Text className='hint'>请修改后重新提交。</Text>
        </View>
      ) : null}
      <View className='apply__steps'>
        {APPLY_STEPS.map((s, i) => (
          <Text key={s.key} className={`apply__step ${i === draft.step ? 'apply__step--on' : ''}`} onClick={() => goTo(i)}>
            {`${i + 1}.${s.title}`}
          </Text>
        ))}
      </View>
      <Text className='section-title'>{`第${draft.step + 1}步（共${APPLY_STEPS.length}步）：${step.title}`}</Text>
      {step.key === 'members' ? (
        <MembersStep
          members={draft.members}
          lists={lists}
          errors={visibleErrors}
          today={ctx.today}
          onChange={(members) => update({ members }, ['form.members'])}
        />
      ) : step.key === 'papers' ? (
        <PapersStep papers={draft.papers} kinds={paperKinds} errors={visibleErrors} onChange={(papers) => update({ papers }, ['papers', 'form.attachments'])} />
      ) : step.key === 'consent' ? (
        <ConsentStep
          agreed={draft.consentVersion === CONSENT_VERSION}
          onAgree={(agreed) => update({ consentVersion: agreed ? CONSENT_VERSION : null }, ['consent'])}
          assessment={check.assessment}
          errors={shown.has(`step:${draft.step}`) ? errors : {}}
          onGoTo={goTo}
        />
      ) : (
        <View className='card'>
          {step.form.map(worker)}
          {step.declaration.length ? <Text className='section-title'>家庭财产、收支情况申报</Text> : null}
          {step.declaration.map(declared)}
        </View>
      )}
      {failure ? <ErrorNote error={failure} /> : null}
      <View className='apply__nav'>
        {draft.step > 0 ? <Button onClick={() => goTo(draft.step - 1)}>上一步</Button> : <View />}
        {step.key === 'consent' ? (
          <Button type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>
            {returned ? '重新提交申请' : '提交申请'}
          </Button>
        ) : (
          <Button type='primary' onClick={next}>
            下一步
          </Button>
        )}
      </View>
      <Text className='hint apply__saved'>所填内容自动保存在本机，退出后再进入可继续填写。</Text>
    </View>
  )
}

function IdFacts({ idNumber, today }: { idNumber: unknown; today: string }) {
  const facts = parseIdNumber(textOf(idNumber), today)
  return facts.valid ? <Text className='hint field__derived'>{`${facts.sex} · ${facts.birthDate} 出生 · ${facts.age}岁（由身份证号算出）`}</Text> : null
}

export default function Apply() {
  const [ctx, setCtx] = useState<ApplyContext | null>(null)
  const [returned, setReturned] = useState<MyApplication | null>(null)
  const [blocked, setBlocked] = useState<string | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)

  const load = () => {
    setFailure(null)
    void (async () => {
      const [me, mine] = await Promise.all([accountApi.me(), applicationApi.mine()])
      if (!me.profile) return setBlocked('请先绑定个人信息和所属基层工会，再申请建档。')
      const open = mine.items.find((a) => a.status !== 'rejected' && a.status !== 'filed')
      if (open && open.status !== 'returned') return setBlocked(`您的建档申请${open.statusLabel}，可在“我的申请”查看进度。`)
      const next = { today: dayjs().format('YYYY-MM-DD'), regionCode: me.profile.union.regionCode, name: me.profile.name }
      // Corrected on a phone that has no draft of it: start from what the server kept.
      if (open && loadDraft(deviceStorage, next).applicationId !== open.id)
        saveDraft(deviceStorage, draftFromReturned(await applyApi.returnedForm(open.id), open.id, next))
      setReturned(open ?? null)
      setCtx(next)
    })().catch((e: unknown) => setFailure(toAppError(e)))
  }
  useEffect(load, [])

  if (failure) return <ErrorNote error={failure} onRetry={load} />
  if (blocked)
    return (
      <View className='page'>
        <View className='card hint apply__blocked'>{blocked}</View>
      </View>
    )
  if (!ctx) return <View className='page hint'>加载中…</View>
  return <ApplyForm ctx={ctx} returned={returned} />
}
