/**
 * 开启微信提醒: WeChat lets a mini-program send a subscribe message only after
 * the user taps 允许 for it, once per message, and only from a tap. This card
 * asks on the user's tap for the templates the deployment uses (at most 3 per
 * dialog, WeChat's limit) and tells the server which were allowed, so it can
 * count them. Locally there are no templates and the card is not shown.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { inboxApi, type SubscribableTemplate } from '../api/inbox'
import { newRequestId } from '../api/request-id'
import { toAppError, useRemote } from '../hooks/use-remote'
import { Button } from './nut'

const PER_DIALOG = 3

export function WechatReminders() {
  const remote = useRemote(() => (process.env.TARO_ENV === 'weapp' ? inboxApi.subscriptions() : Promise.resolve({ templates: [] })))
  const [templates, setTemplates] = useState<SubscribableTemplate[] | null>(null)
  const shown = templates ?? remote.data?.templates ?? []
  if (shown.length === 0) return null
  const fewest = [...shown].sort((a, b) => a.credits - b.credits).slice(0, PER_DIALOG)

  const ask = async () => {
    try {
      const answer = (await Taro.requestSubscribeMessage({ tmplIds: fewest.map((t) => t.templateId), entityIds: [] })) as unknown as Record<string, string>
      const accepted = fewest.map((t) => t.templateId).filter((id) => answer[id] === 'accept')
      if (accepted.length > 0) setTemplates((await inboxApi.subscribe(accepted, newRequestId())).templates)
    } catch (e) {
      void Taro.showToast({ title: toAppError(e).message, icon: 'none' })
    }
  }
  return (
    <View className='card reminders'>
      <Text className='hint'>{`微信提醒剩余次数：${shown.map((t) => `${t.title}${t.credits}次`).join('，')}。每点一次“允许”，可收到一条提醒。`}</Text>
      <Button size='small' type='primary' onClick={() => void ask()}>
        开启微信提醒
      </Button>
    </View>
  )
}
