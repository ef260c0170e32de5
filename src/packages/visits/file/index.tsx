/**
 * 上传走访记录: the helper writes a visit of one paired household — on the
 * spot, with or without signal. Everything typed is kept on the phone after
 * each change; each field is checked as typed by the server's schema; photos
 * start uploading as soon as they are taken. 保存 puts the visit in the
 * outbox (the photos not yet up, then the record under the draft's request
 * id) and goes back to 我的帮扶户, where its upload state shows.
 */
import { useEffect, useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import type { MyHousehold } from '../../../domain/visit/visit-views'
import { newRequestId } from '../../../api/request-id'
import { Button } from '../../../components/nut'
import { scrollToFirstError } from '../../../components/scroll-to-error'
import { appOutbox, keepSending } from '../../../outbox/app-outbox'
import { routes } from '../../../routes'
import { cachedHousehold, readHouseholds } from '../households/household-cache'
import { checkDraft, keepSent, loadDraft, refusedPhoto, removeDraft, saveDraft, visitOutboxItem, type VisitDraft } from './visit-draft'
import { VisitFields } from './visit-fields'
import { VisitLocation } from './visit-location'
import { VisitPhotos } from './visit-photos'
import { deviceStorage } from '../../../components/device-storage'
import './index.scss'

/** Back to the 我的帮扶户 the form was opened from; after a reload there is none, so it opens afresh. */
function backToHouseholds(): void {
  const pages = Taro.getCurrentPages()
  const previous = pages[pages.length - 2]?.route ?? ''
  if (previous.includes(routes.households.slice(1))) void Taro.navigateBack()
  else void Taro.redirectTo({ url: routes.households })
}

function VisitForm({ household, helperName }: { household: MyHousehold; helperName: string }) {
  const today = dayjs().format('YYYY-MM-DD')
  const [draft, setDraft] = useState<VisitDraft>(() =>
    loadDraft(deviceStorage, { applicationId: household.applicationId, requestId: newRequestId(), now: dayjs().format('YYYY-MM-DD HH:mm'), helperName }),
  )
  const [shown, setShown] = useState<Set<string>>(new Set())
  const [saving, setSaving] = useState(false)
  const errors = useMemo(() => checkDraft(draft, today), [draft, today])

  useEffect(() => keepSending(), [])
  // Kept from the first render, so a draft begun and left still has its request id.
  useEffect(() => saveDraft(deviceStorage, draft), [draft])

  const update = (patch: Partial<VisitDraft>, touched: string) => {
    setDraft((d) => ({ ...d, ...patch }))
    setShown((s) => new Set([...s, touched]))
  }
  const messageOf = (path: string) => (shown.has('*') || shown.has(path.split('.')[0] ?? path) ? errors[path] : undefined)

  const save = () => {
    setShown(new Set(['*']))
    const refused = refusedPhoto(draft, appOutbox().list())
    if (Object.keys(errors).length > 0 || refused) {
      if (refused) void Taro.showToast({ title: `第${refused.index + 1}张照片无法上传，请删除后重新拍摄`, icon: 'none' })
      return scrollToFirstError('.visit-form')
    }
    setSaving(true)
    // Saved in the outbox before the draft goes: a kill in between leaves the draft, and saving it again adds nothing.
    appOutbox().add(visitOutboxItem(draft, household.name, appOutbox().list()))
    keepSent(deviceStorage, draft)
    removeDraft(deviceStorage, household.applicationId)
    void appOutbox().flush()
    void Taro.showToast({ title: '已保存，正在上传', icon: 'success' })
    backToHouseholds()
  }

  return (
    <View className='page visit-form'>
      <View className='card'>
        <Text className='visit-form__household'>{`${household.name}家 · 档案号 ${household.fileNumber}`}</Text>
        <Text className='hint'>{`${household.union.name} · ${household.category} · ${household.householdSize}人`}</Text>
      </View>
      <VisitFields draft={draft} messageOf={messageOf} update={update} />
      <VisitPhotos photos={draft.photos} message={messageOf('photos')} onChange={(photos) => update({ photos }, 'photos')} />
      <VisitLocation
        consent={draft.locationConsent}
        location={draft.location}
        message={messageOf('locationConsent')}
        onChange={(locationConsent, location) => update({ locationConsent, location }, 'locationConsent')}
      />
      <Button block type='primary' className='visit-form__save' loading={saving} disabled={saving} onClick={save}>
        保存
      </Button>
      <Text className='hint visit-form__saved'>所填内容自动保存在本机；没有网络也可以保存，有网络后自动上传。</Text>
    </View>
  )
}

export default function FileVisit() {
  const applicationId = useRouter().params.applicationId ?? ''
  const household = cachedHousehold(applicationId)
  if (!household)
    return (
      <View className='page'>
        <View className='card hint'>请从“我的帮扶户”打开要走访的家庭。</View>
      </View>
    )
  return <VisitForm household={household} helperName={readHouseholds()?.helperName ?? ''} />
}
