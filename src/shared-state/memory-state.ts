import { randomUUID } from 'node:crypto';
import type { Release, SharedState } from './shared-state.ts';

/**
 * Keys that lapse. Each instance holds one kind of key with one ttl, so insertion order is expiry
 * order and pruning stops at the first live entry.
 */
class ExpiringKeys {
  readonly #entries = new Map<string, { expiresAt: number; owner: string }>();

  constructor(private readonly now: () => number) {}

  /** Claims the key for `ttlMs` and returns 0, or returns the milliseconds left on someone else's claim. */
  claim(key: string, ttlMs: number, owner = ''): number {
    const now = this.now();
    for (const [oldest, { expiresAt }] of this.#entries) {
      if (expiresAt > now) break;
      this.#entries.delete(oldest);
    }
    const held = this.#entries.get(key);
    if (held && held.expiresAt > now) return held.expiresAt - now;
    this.#entries.delete(key);
    this.#entries.set(key, { expiresAt: now + ttlMs, owner });
    return 0;
  }

  /** Gives the key up, if `owner` still holds it (a lapsed claim may have passed to someone else). */
  release(key: string, owner: string): void {
    if (this.#entries.get(key)?.owner === owner) this.#entries.delete(key);
  }
}

/** One process's state: the default, and what Redis falls back to while it is unreachable. */
export class MemoryState implements SharedState {
  readonly #cooldowns: ExpiringKeys;
  readonly #seen: ExpiringKeys;
  readonly #locks: ExpiringKeys;

  constructor(now: () => number = Date.now) {
    this.#cooldowns = new ExpiringKeys(now);
    this.#seen = new ExpiringKeys(now);
    this.#locks = new ExpiringKeys(now);
  }

  async takeCooldown(key: string, windowMs: number): Promise<number> {
    return this.#cooldowns.claim(key, windowMs);
  }

  async firstSighting(interactionId: string, ttlMs: number): Promise<boolean> {
    return this.#seen.claim(interactionId, ttlMs) === 0;
  }

  async tryLock(key: string, ttlMs: number): Promise<Release | undefined> {
    const owner = randomUUID();
    if (this.#locks.claim(key, ttlMs, owner) > 0) return undefined;
    return async () => this.#locks.release(key, owner);
  }

  async close(): Promise<void> {}
}
