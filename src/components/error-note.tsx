import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppError } from '../domain/shared/app-error'
import { Button } from './nut'
import { routes } from '../routes'

/** Shows what went wrong in words, and the way forward: sign in, or try again. */
export function ErrorNote({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const signIn = error.code === 'UNAUTHENTICATED'
  return (
    <View className='card'>
      <Text className='error-text'>{error.message}</Text>
      <View style={{ marginTop: '24px' }}>
        {signIn ? (
          <Button type='primary' size='small' onClick={() => void Taro.navigateTo({ url: routes.signIn })}>
            去登录
          </Button>
        ) : onRetry ? (
          <Button size='small' onClick={onRetry}>
            重试
          </Button>
        ) : null}
      </View>
    </View>
  )
}
