/**
 * 登记帮扶: staff record aid given to one filed household. A fund above the
 * file's level is refused by the server (the fund rule), its message shown
 * under 资金级别. An optional photo of the signed receipt uploads as soon
 * as it is taken; 登记 waits for it to arrive, then names it by upload id.
 */
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { assistanceApi } from '../../../api/assistance'
import { Intent } from '../../../api/intent'
import { Button } from '../../../components/nut'
import type { AppError } from '../../../domain/shared/app-error'
import { toAppError } from '../../../hooks/use-remote'
import { AidFields, aidData, emptyAid, type AidDraft } from '../aid-fields'
import { ReceiptPhoto, receiptArrived, type ReceiptDraft } from '../receipt-photo'
import '../assist.scss'

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

export default function AssistRecord() {
  const applicationId = useRouter().params.applicationId ?? ''
  const [draft, setDraft] = useState<AidDraft>(emptyAid(today()))
  const [receipt, setReceipt] = useState<ReceiptDraft | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const intent = useRef(new Intent())
  const save = async () => {
    setSaving(true)
    try {
      if (receipt) await receiptArrived(receipt)
      const data = { applicationId, ...aidData(draft), ...(receipt ? { receiptUploadId: receipt.uploadId } : {}) }
      await intent.current.send((rid) => assistanceApi.record(data, rid))
      setError(null)
      await Taro.showToast({ title: '已登记', icon: 'success' })
      void Taro.navigateBack()
    } catch (e) {
      setError(toAppError(e))
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className='page assist-record'>
      <AidFields draft={draft} update={(patch) => setDraft({ ...draft, ...patch })} messageOf={(f) => error?.fields?.[f]} />
      <ReceiptPhoto receipt={receipt} message={error?.fields?.receiptUploadId} onChange={setReceipt} />
      {error ? <Text className='error-text'>{error.message}</Text> : null}
      <Button type='primary' block loading={saving} onClick={() => void save()}>
        登记
      </Button>
    </View>
  )
}
