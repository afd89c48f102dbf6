import type { SharedState } from './shared-state.ts';

/** Forgets entries once they expire; insertion order is expiry order for a fixed ttl, so the oldest go first. */
class ExpiringSet {
  readonly #expiresAt = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Adds the key unless it is present and unexpired; says whether it was added. */
  add(key: string, ttlMs: number): boolean {
    const now = this.now();
    for (const [oldest, expiresAt] of this.#expiresAt) {
      if (expiresAt > now) break;
      this.#expiresAt.delete(oldest);
    }
    const expiresAt = this.#expiresAt.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.#expiresAt.delete(key);
    this.#expiresAt.set(key, now + ttlMs);
    return true;
  }
}

/** One process's state: what the bot had before REDIS_URL, and what it falls back to without Redis. */
export class MemoryState implements SharedState {
  readonly #seen: ExpiringSet;

  constructor(now: () => number = Date.now) {
    this.#seen = new ExpiringSet(now);
  }

  async firstSighting(interactionId: string, ttlMs: number): Promise<boolean> {
    return this.#seen.add(interactionId, ttlMs);
  }

  async close(): Promise<void> {}
}
