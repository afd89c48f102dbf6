import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/cooldown.ts';
import { renderCooldown } from '../src/render/notice-reply.ts';

describe('/ask cooldown', () => {
  it('lets a member ask once per window and says privately when to retry', () => {
    let now = 1_000_000;
    const cooldown = new Cooldown(5, () => now);
    expect(cooldown.take('u1')).toBe(0);
    now += 2000;
    expect(cooldown.take('u1')).toBe(3000);
    expect(cooldown.take('u2')).toBe(0);
    now += 3000;
    expect(cooldown.take('u1')).toBe(0);
    expect(renderCooldown(3000, 1_002_000)).toEqual({
      content: "⏳ You're asking quickly. Try again <t:1005:R> (in 3 s).",
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    });
  });

  it('is off at 0 seconds', () => {
    const cooldown = new Cooldown(0, () => 5);
    expect([cooldown.take('u'), cooldown.take('u')]).toEqual([0, 0]);
  });
});
