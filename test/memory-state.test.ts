import { SnowflakeUtil } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { callbackWindowClosed } from '../src/discord/interaction-window.ts';
import { MemoryState } from '../src/shared-state/memory-state.ts';
import { redisWhere } from '../src/shared-state/redis-state.ts';

describe('shared state in one process (MemoryState)', () => {
  it('answers the first sighting of an interaction id only, until it expires', async () => {
    let now = 1_000_000;
    const state = new MemoryState(() => now);
    expect(await state.firstSighting('1', 600_000)).toBe(true);
    expect(await state.firstSighting('1', 600_000)).toBe(false);
    expect(await state.firstSighting('2', 600_000)).toBe(true);
    now += 600_000;
    expect(await state.firstSighting('1', 600_000)).toBe(true);
  });

  it('gives a lock to one holder at a time; a lapsed lock passes on and its old holder cannot free it', async () => {
    let now = 0;
    const state = new MemoryState(() => now);
    const first = await state.tryLock('summary:c:whole', 15_000);
    expect(first).toBeDefined();
    expect(await state.tryLock('summary:c:whole', 15_000)).toBeUndefined();
    expect(await state.tryLock('summary:c:key-claims', 15_000)).toBeDefined();
    now += 15_000;
    const second = await state.tryLock('summary:c:whole', 15_000);
    expect(second).toBeDefined();
    await first!();
    expect(await state.tryLock('summary:c:whole', 15_000)).toBeUndefined();
    await second!();
    expect(await state.tryLock('summary:c:whole', 15_000)).toBeDefined();
  });
});

describe('what a log line may say about Redis', () => {
  it.each([
    ['redis://:s3cret@10.0.0.5:6380', 'redis://10.0.0.5:6380'],
    ['rediss://user:s3cret@cache.internal', 'rediss://cache.internal:6379'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redisWhere(url)).toBe(logged);
  });
});

describe("an initial callback's 3 s window", () => {
  const created = 1_700_000_000_000;
  const id = SnowflakeUtil.generate({ timestamp: created }).toString();
  const url = `https://discord.com/api/v10/interactions/${id}/tok/callback?with_response=false`;

  it.each([
    [1_000, 1_000, false],
    [1_999, 1_000, false],
    [2_001, 1_000, true],
    [500, 5_000, true],
  ])('%d ms after creation, a %d ms retry: closed %s', (age, retryAfter, closed) => {
    expect(callbackWindowClosed({ url, retryAfter }, created + age)).toBe(closed);
  });

  it('never gives up on other routes', () => {
    expect(callbackWindowClosed({ url: 'https://discord.com/api/v10/channels/1/messages', retryAfter: 60_000 })).toBe(
      false,
    );
  });
});
