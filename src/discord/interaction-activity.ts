/**
 * When this process last handled an interaction, for background work that should wait for a quiet
 * moment (the search's warm-up, `src/warm-up.ts`). One per process: every router reports to it,
 * whichever runtime (gateway, shard, HTTP endpoint) created the router.
 */
export class InteractionActivity {
  #inFlight = 0;
  #lastSettledAt = Number.NEGATIVE_INFINITY;
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  began(): void {
    this.#inFlight++;
  }

  settled(): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    this.#lastSettledAt = this.#now();
  }

  /** Milliseconds since the last interaction was settled; 0 while one is in flight. */
  quietForMs(): number {
    return this.#inFlight > 0 ? 0 : this.#now() - this.#lastSettledAt;
  }
}

export const interactionActivity = new InteractionActivity();
