import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { AppError } from '../domain/shared/app-error'

export type Remote<T> = { data: T | null; error: AppError | null; loading: boolean; reload: () => Promise<void> }

export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('INTERNAL', '出了点问题，请稍后重试')
}

/**
 * Loads data when the page shows, when `inputs` change (e.g. a filter), and on
 * demand, keeping the last good value while reloading.
 */
export function useRemote<T>(load: () => Promise<T>, inputs: readonly unknown[] = []): Remote<T> {
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
  // The first load comes from useDidShow; after that, a change of inputs reloads.
  const inputsKey = JSON.stringify(inputs)
  const shownKey = useRef(inputsKey)
  useEffect(() => {
    if (shownKey.current === inputsKey) return
    shownKey.current = inputsKey
    void reload()
  }, [inputsKey, reload])
  return { data, error, loading, reload }
}
