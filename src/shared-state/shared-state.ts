/**
 * What the bot must agree on across processes and replicas, behind one interface: in memory for a
 * single process, in Redis when REDIS_URL is set.
 */
export interface SharedState {
  /**
   * True the first time an interaction id is seen within `ttlMs`, false for any later sighting
   * (a replayed request), also when both arrive at once.
   */
  firstSighting(interactionId: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}
