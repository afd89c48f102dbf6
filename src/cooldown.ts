import type { SharedState } from './shared-state/shared-state.ts';

/**
 * Per-member cooldown: how long someone must wait before the bot answers them again. It lives in
 * the shared state, so replicas sharing a Redis enforce one cooldown per member.
 */
export class Cooldown {
  constructor(
    readonly seconds: number,
    private readonly state: SharedState,
    private readonly name = 'ask',
  ) {}

  /** Records a use and returns 0, or returns the milliseconds left to wait (recording nothing). */
  async take(userId: string): Promise<number> {
    if (this.seconds === 0) return 0;
    return this.state.takeCooldown(`cooldown:${this.name}:${userId}`, this.seconds * 1000);
  }
}
