/** Loads data when the page shows (and on demand), keeping the last good value while reloading. */
import { useCallback, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { AppError } from '../domain/shared/app-error'

export type Remote<T> = { data: T | null; error: AppError | null; loading: boolean; reload: () => Promise<void> }

export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL', '出了点问题，请稍后重试')
}

export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(true)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      setData(await loadRef.current())
      setError(null)
    } catch (e) {
      setError(toAppError(e))
    } finally {
      setLoading(false)
    }
  }, [])

  useDidShow(() => {
    void reload()
  })
  return { data, error, loading, reload }
}
