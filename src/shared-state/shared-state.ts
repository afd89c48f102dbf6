/**
 * What the bot must agree on across processes and replicas, behind one interface: in this
 * process's memory by default, in Redis when REDIS_URL is set (src/shared-state/redis-state.ts).
 */
export interface SharedState {
  /**
   * Records a use of `key` and returns 0, or returns the milliseconds left until it may be used
   * again (recording nothing).
   */
  takeCooldown(key: string, windowMs: number): Promise<number>;
  /**
   * True the first time an interaction id is seen within `ttlMs`, false for any later sighting
   * (a replayed request), also when both arrive at once.
   */
  firstSighting(interactionId: string, ttlMs: number): Promise<boolean>;
  /** Takes a lock that lapses after `ttlMs`: its release, or undefined while someone else holds it. */
  tryLock(key: string, ttlMs: number): Promise<Release | undefined>;
  close(): Promise<void>;
}

export type Release = () => Promise<void>;
