/**
 * The local host's scheduled work (timer triggers in the cloud), each reading the
 * (dev) clock: at start, then publicity every 10 minutes, visit reminders hourly
 * (the cloud runs them daily at 09:00; each is sent once), expired printouts
 * every minute; and all at once after `POST /api/dev/clock` moved the time.
 * Failures are logged, never fatal.
 */
import { sweepTemporaryDocuments } from '../core/temporary-document'
import type { Deps } from '../core/deps'
import type { Logger } from '../core/dispatch'
import { sweepEndedPublicity } from '../features/application/publicity-sweep'
import { sweepVisitReminders } from '../features/visit/visit-reminders'

export function localSweeps(deps: Deps, log: Logger) {
  const guarded = (name: string, work: () => Promise<unknown>) => () =>
    work().then(
      () => undefined,
      (e: unknown) => log.error(`${name} failed`, { error: String(e) }),
    )
  const publicity = guarded('publicity sweep', () => sweepEndedPublicity(deps))
  const reminders = guarded('visit reminder sweep', () => sweepVisitReminders(deps))
  const temporary = guarded('temporary document sweep', () => sweepTemporaryDocuments(deps))
  return {
    runAll: async () => {
      await Promise.all([publicity(), reminders(), temporary()])
    },
    start: () => {
      void publicity()
      void reminders()
      setInterval(() => void publicity(), 10 * 60_000).unref()
      setInterval(() => void reminders(), 60 * 60_000).unref()
      setInterval(() => void temporary(), 60_000).unref()
    },
  }
}
