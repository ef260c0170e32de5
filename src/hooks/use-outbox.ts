import { useEffect, useState } from 'react'
import { appOutbox } from '../outbox/app-outbox'
import type { OutboxItem } from '../outbox/outbox.types'

/** The outbox's items, re-rendered on every change of state (saved, sending, failed, arrived). */
export function useOutboxItems(): readonly OutboxItem[] {
  const [items, setItems] = useState<readonly OutboxItem[]>(() => [...appOutbox().list()])
  useEffect(() => appOutbox().subscribe((next) => setItems([...next])), [])
  return items
}
