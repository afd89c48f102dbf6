import { setTimeout as sleep } from 'node:timers/promises';
import type { SharedState } from './shared-state.ts';

const POLL_MS = 100;

/**
 * Runs `work` holding the lock `key`, waiting up to `waitMs` for a holder to finish. The lock lapses
 * after `ttlMs`, so a crashed holder blocks nobody for long; past `waitMs` the work runs anyway, so
 * it must be safe without the lock (the summary pins converge on their own) and the lock only
 * saves the duplicate.
 */
export async function withLock<T>(
  state: SharedState,
  key: string,
  times: { ttlMs: number; waitMs: number },
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + times.waitMs;
  let release = await state.tryLock(key, times.ttlMs);
  while (!release && Date.now() < deadline) {
    await sleep(POLL_MS);
    release = await state.tryLock(key, times.ttlMs);
  }
  try {
    return await work();
  } finally {
    await release?.();
  }
}
