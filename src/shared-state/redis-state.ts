import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { MemoryState } from './memory-state.ts';
import type { Release, SharedState } from './shared-state.ts';

// SET … NX and the PTTL of the holder in one step, so two replicas can never both take a cooldown.
const TAKE_COOLDOWN = `if redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 0 end
return redis.call('PTTL', KEYS[1])`;
// Deletes the lock only while it is still ours: a lapsed lock may already belong to someone else.
const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** How long start-up waits for Redis before going on in memory (it keeps trying in the background). */
const CONNECT_WAIT_MS = 5_000;

/** Where Redis is, for the logs: host and port only, never the URL's user or password. */
export function redisWhere(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}:${parsed.port || '6379'}`;
}

/**
 * Shared state in Redis, so replicas agree on cooldowns, seen interactions and summary locks. While
 * Redis is unreachable each call falls back to this process's memory (one warning per outage):
 * replicas then disagree for a while, which is better than the bot going down.
 */
export class RedisState implements SharedState {
  readonly #fallback = new MemoryState();
  #degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly where: string,
  ) {
    // Without an 'error' listener a lost connection would be an uncaught exception.
    redis.on('error', (error: Error) => this.#degrade(error));
    redis.on('ready', () => {
      if (!this.#degraded) return;
      this.#degraded = false;
      logger.info({ redis: where }, 'Redis reachable again: shared state back in Redis');
    });
  }

  #degrade(error?: unknown): void {
    if (this.#degraded) return;
    this.#degraded = true;
    this.logger.warn(
      { redis: this.where, reason: error instanceof Error ? error.message : 'not connected' },
      "Redis unavailable: cooldowns, summary locks and seen interactions use this process's memory until it is back",
    );
  }

  async #either<T>(inRedis: () => Promise<T>, inMemory: () => Promise<T>): Promise<T> {
    if (this.redis.status !== 'ready') {
      this.#degrade();
      return inMemory();
    }
    try {
      return await inRedis();
    } catch (error) {
      this.#degrade(error);
      return inMemory();
    }
  }

  takeCooldown(key: string, windowMs: number): Promise<number> {
    return this.#either(
      async () => Math.max(0, Number(await this.redis.eval(TAKE_COOLDOWN, 1, key, windowMs))),
      () => this.#fallback.takeCooldown(key, windowMs),
    );
  }

  firstSighting(interactionId: string, ttlMs: number): Promise<boolean> {
    return this.#either(
      async () => (await this.redis.set(`seen:${interactionId}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
      () => this.#fallback.firstSighting(interactionId, ttlMs),
    );
  }

  tryLock(key: string, ttlMs: number): Promise<Release | undefined> {
    return this.#either(
      async () => {
        const owner = randomUUID();
        if ((await this.redis.set(`lock:${key}`, owner, 'PX', ttlMs, 'NX')) !== 'OK') return undefined;
        return async () => {
          // A lock that cannot be released lapses on its own after ttlMs.
          await this.redis.eval(RELEASE_LOCK, 1, `lock:${key}`, owner).catch(() => undefined);
        };
      },
      () => this.#fallback.tryLock(key, ttlMs),
    );
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** This process's memory without a URL; Redis with one, connected before the bot takes interactions. */
export async function openSharedState(url: string | undefined, logger: Logger): Promise<SharedState> {
  if (url === undefined) return new MemoryState();
  const where = redisWhere(url);
  // Loaded only when a URL is set: importing ioredis costs about 80 ms of every start-up without one.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    lazyConnect: true,
    keyPrefix: 'oped-bot:',
    // Fail fast while disconnected (and fall back to memory) rather than queue and keep members waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  });
  const state = new RedisState(redis, logger, where);
  let timer: NodeJS.Timeout | undefined;
  const connected = await Promise.race([
    redis.connect().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS))),
  ]);
  clearTimeout(timer);
  if (connected) logger.info({ redis: where }, 'shared state in Redis');
  return state;
}
