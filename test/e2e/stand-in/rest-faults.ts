import { createHash } from 'node:crypto';

/** A one-shot failure armed by a test; the first REST call whose path matches consumes it. */
export type Fault =
  | { kind: 'rate-limit'; pattern: RegExp; retryAfterSeconds: number }
  | { kind: 'fail'; pattern: RegExp; status: number; body: unknown };

export class FaultQueue {
  private readonly faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  take(path: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => {
      // A /g or /y pattern carries lastIndex between test() calls, which would make matching order-dependent.
      fault.pattern.lastIndex = 0;
      return fault.pattern.test(path);
    });
    if (index < 0) return undefined;
    const [fault] = this.faults.splice(index, 1);
    return fault;
  }
}

/** Discord buckets are opaque hashes per route shape; a stable hash of our route name stands in for one. */
export function bucketHash(routeName: string): string {
  return createHash('sha1').update(routeName).digest('hex').slice(0, 32);
}

const BUCKET_LIMIT = 5;

/**
 * Headers on a successful response. The remaining count never falls, so discord.js never throttles on
 * its own and only the faults a test arms cause waiting.
 */
export function rateLimitHeaders(routeName: string): Record<string, string> {
  const resetAfter = 1;
  return {
    'x-ratelimit-bucket': bucketHash(routeName),
    'x-ratelimit-limit': String(BUCKET_LIMIT),
    'x-ratelimit-remaining': String(BUCKET_LIMIT - 1),
    'x-ratelimit-reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': resetAfter.toFixed(3),
  };
}

/**
 * A per-route (non-global, user-scoped) 429 as Discord sends it: `Retry-After` in whole seconds rounded
 * up, the precise wait in `X-RateLimit-Reset-After` and in the body's `retry_after`.
 */
export function rateLimitResponse(
  routeName: string,
  retryAfterSeconds: number,
): { headers: Record<string, string>; body: unknown } {
  const precise = Number(retryAfterSeconds.toFixed(3));
  return {
    headers: {
      'retry-after': String(Math.ceil(retryAfterSeconds)),
      'x-ratelimit-bucket': bucketHash(routeName),
      'x-ratelimit-limit': String(BUCKET_LIMIT),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() + precise * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': precise.toFixed(3),
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: precise, global: false },
  };
}
