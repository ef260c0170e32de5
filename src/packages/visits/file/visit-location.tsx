/**
 * 走访位置: taken only after the helper turns the consent switch on, through
 * the phone's location; turning it off forgets it. Where the location cannot
 * be had (refused, or a browser without it), the visit goes without one.
 */
import { useState } from 'react'
import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DraftLocation } from './visit-draft'
import { Field } from './visit-fields'

type Props = { consent: boolean; location: DraftLocation | null; message?: string; onChange: (consent: boolean, location: DraftLocation | null) => void }

export function VisitLocation({ consent, location, message, onChange }: Props) {
  const [state, setState] = useState<{ busy: boolean; problem?: string }>({ busy: false })

  const toggle = async (on: boolean) => {
    if (!on) {
      setState({ busy: false })
      return onChange(false, null)
    }
    onChange(true, null)
    setState({ busy: true })
    try {
      // WGS84: the browser build knows no other, and WeChat's default is the same.
      const { latitude, longitude, accuracy } = await Taro.getLocation({ type: 'wgs84', highAccuracyExpireTime: 10_000 })
      onChange(true, { latitude, longitude, ...(Number.isFinite(accuracy) ? { accuracy: Math.round(accuracy) } : {}) })
      setState({ busy: false })
    } catch {
      onChange(false, null)
      setState({ busy: false, problem: '无法获取位置（未允许定位或设备不支持），本次走访将不记录位置，仍可保存。' })
    }
  }

  return (
    <View className='card'>
      <Field name='location' label='记录走访位置（选填）' message={message}>
        <View className='visit-location'>
          <Text className='visit-location__label'>同意采集本次走访的位置信息</Text>
          <Switch className='visit-location__switch' checked={consent} color='#c8102e' onChange={(e) => void toggle(e.detail.value)} />
        </View>
        <Text className='hint'>
          {state.busy
            ? '正在获取位置…'
            : location
              ? `已记录位置（纬度${location.latitude.toFixed(4)}，经度${location.longitude.toFixed(4)}）`
              : '位置仅在您同意时记录，加密保存，只有负责该户的工会工作人员可见。'}
        </Text>
        {state.problem ? <Text className='error-text visit-location__problem'>{state.problem}</Text> : null}
      </Field>
    </View>
  )
}
