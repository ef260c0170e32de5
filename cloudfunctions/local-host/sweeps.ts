/**
 * The local host's scheduled work: the same checkpointed jobs the cloud's
 * `scheduler` function runs every 5 minutes (features/schedule.ts), here at
 * start and then every minute, one run at a time (a job whose pass is done
 * costs one read); and at once after `POST /api/dev/clock` moved the time.
 * Failures are logged, never fatal.
 */
import type { Deps } from '../core/deps'
import type { Logger } from '../core/dispatch'
import { runSchedule } from '../features/schedule'

export function localSweeps(deps: Deps, log: Logger) {
  let running: Promise<void> | null = null
  const runAll = (): Promise<void> => {
    // A run already under way finishes first; the clock's move is then seen by the next one.
    const next = (running ?? Promise.resolve()).then(() =>
      runSchedule(deps).then(
        () => undefined,
        (e: unknown) => log.error('scheduled jobs failed', { error: String(e) }),
      ),
    )
    running = next.finally(() => {
      if (running === next) running = null
    })
    return next
  }
  return {
    runAll,
    start: () => {
      void runAll()
      setInterval(() => {
        if (!running) void runAll()
      }, 60_000).unref()
    },
  }
}
