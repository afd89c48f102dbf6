import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/cooldown.ts';
import { MemoryState } from '../src/shared-state/memory-state.ts';
import { renderCooldown } from '../src/render/notice-reply.ts';

describe('/ask cooldown', () => {
  it('lets a member ask once per window and says privately when to retry', async () => {
    let now = 1_000_000;
    const cooldown = new Cooldown(5, new MemoryState(() => now));
    expect(await cooldown.take('u1')).toBe(0);
    now += 2000;
    expect(await cooldown.take('u1')).toBe(3000);
    expect(await cooldown.take('u2')).toBe(0);
    now += 3000;
    expect(await cooldown.take('u1')).toBe(0);
    expect(renderCooldown(3000, 1_002_000)).toEqual({
      content: "⏳ You're asking quickly. Try again <t:1005:R> (in 3 s).",
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    });
  });

  it('is off at 0 seconds', async () => {
    const cooldown = new Cooldown(0, new MemoryState(() => 5));
    expect([await cooldown.take('u'), await cooldown.take('u')]).toEqual([0, 0]);
  });
});
