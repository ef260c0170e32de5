/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

declare const CLOUD_ENV_ID: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
  }
}
