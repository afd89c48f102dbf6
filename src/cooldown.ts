/** Per-user cooldown: how long someone must wait before the bot answers them again. */
export class Cooldown {
  readonly #lastUse = new Map<string, number>();

  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use and returns 0, or returns the milliseconds left to wait (recording nothing). */
  take(userId: string): number {
    const now = this.now();
    const last = this.#lastUse.get(userId);
    const waitMs = last === undefined ? 0 : last + this.seconds * 1000 - now;
    if (waitMs > 0) return waitMs;
    this.#lastUse.set(userId, now);
    // Entries older than the cooldown are dead weight; prune as we go so the map stays small.
    if (this.#lastUse.size > 10_000) {
      for (const [user, at] of this.#lastUse) if (at + this.seconds * 1000 <= now) this.#lastUse.delete(user);
    }
    return 0;
  }
}
