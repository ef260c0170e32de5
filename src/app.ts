import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp' && Taro.cloud) {
      Taro.cloud.init({ ...(CLOUD_ENV_ID ? { env: CLOUD_ENV_ID } : {}), traceUser: true })
    }
  })
  return children
}

export default App
