/**
 * Employee: where each of my applications stands — the process with the step
 * reached, every step taken with its date and acting union, why it came back,
 * and once filed the file number, category, level and helper.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { STATUS_LABELS } from '../../../domain/application/application-machine'
import type { MyApplication } from '../../../domain/application/application-views'
import { FILE_FORM_CATALOGUE, labelOfPath } from '../../../domain/file-form/field-catalogue'
import { applicationApi } from '../../../api/application'
import { ErrorNote } from '../../../components/error-note'
import { Button } from '../../../components/nut'
import { routes } from '../../../routes'
import { useRemote } from '../../../hooks/use-remote'
import { ContactCard } from './contact-card'
import './index.scss'

function Application({ app }: { app: MyApplication }) {
  const done = new Set(app.timeline.map((t) => t.step))
  return (
    <View className='card my-app'>
      <View className='my-app__head'>
        <Text className='my-app__title'>建档申请</Text>
        <Text className='my-app__status'>{app.statusLabel}</Text>
      </View>
      <View className='my-app__steps'>
        {app.steps.map((s) => (
          <Text key={s.step} className={`my-app__step ${done.has(s.step) ? 'my-app__step--done' : ''}`}>
            {s.label}
          </Text>
        ))}
      </View>
      {app.returned ? (
        <View className='my-app__returned'>
          <Text className='error-text'>退回原因：{app.returned.reasons.join('；')}</Text>
          {app.returned.fields.length ? (
            <Text className='error-text'>需修改：{app.returned.fields.map((f) => labelOfPath(FILE_FORM_CATALOGUE, f) ?? f).join('、')}</Text>
          ) : null}
          <Button size='small' type='primary' onClick={() => void Taro.navigateTo({ url: routes.apply })}>
            修改后重新提交
          </Button>
        </View>
      ) : null}
      {app.filed ? (
        <View className='my-app__filed'>
          <Text>档案编号：{app.filed.fileNumber}</Text>
          <Text>
            困难类别：{app.filed.category} · {app.filed.fileLevel}
          </Text>
          <Text>
            帮扶责任人：{app.filed.helper.name}（请通过{app.filed.unionName}联系）
          </Text>
          <ContactCard card={app.filed.card} />
        </View>
      ) : null}
      <Text className='section-title'>办理记录</Text>
      {[...app.timeline].reverse().map((t) => (
        <View key={`${t.step}-${t.at}`} className='my-app__event'>
          <Text className='my-app__when'>{dayjs(t.at).format('YYYY-MM-DD HH:mm')}</Text>
          <Text>
            {t.unionName}：{t.remarks ?? STATUS_LABELS[t.status]}
          </Text>
        </View>
      ))}
    </View>
  )
}

export default function MyApplications() {
  const mine = useRemote(() => applicationApi.mine())
  return (
    <View className='page my-apps'>
      {mine.error ? <ErrorNote error={mine.error} onRetry={() => void mine.reload()} /> : null}
      {mine.data && mine.data.items.length === 0 ? <View className='card hint'>您还没有提交建档申请</View> : null}
      {mine.data?.items.map((app) => (
        <Application key={app.id} app={app} />
      ))}
    </View>
  )
}
