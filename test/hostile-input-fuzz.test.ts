import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { brokenLimits, visibleText } from './limits-check.ts';

const core = createCore();

/** A small deterministic generator, so a failure reproduces from its index. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123>',
  '</ask:1>',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '`',
  '```',
  '||',
  '> ',
  '# ',
  '-# ',
  '1. ',
  '[x](https://e.example)',
  '\\',
  "'",
  '!',
  '^',
  '$',
  '=',
  '|',
  '"',
  '\'"',
  '!^=$',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud83d',
  '\r\n',
  '🇮🇷',
  '👨‍👩‍👧',
  'ﷺ',
  '𝕽𝖚𝖘𝖘𝖎𝖆',
  'Ｐｕｔｉｎ',
  'مُحَمَّد',
  '中文',
  'Ω≈ç√',
  'Putin',
  'withdrawal',
  'Abadi',
  'Russia',
  'alliance',
  'the',
  'x'.repeat(500),
  'ab'.repeat(3000),
];

describe('hostile input fuzz (core rendering)', () => {
  it('3,000 generated inputs: nothing throws, every reply within limits, nothing can ping', () => {
    const random = generator(20261126);
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => PIECES[Math.floor(random() * PIECES.length)]!,
      );
      const input = parts.join(random() < 0.5 ? ' ' : '').slice(0, 6000);
      const answer = core.search.ask(input);
      const replies = [
        renderAskReply(answer, core.meta, Math.floor(random() * 6)),
        renderWholeParagraph(answer, core.meta, 0),
        renderWhoReply(core.people.who(input), core.people, core.meta),
      ];
      for (const reply of replies) {
        const problems = brokenLimits(reply);
        if (problems.length > 0)
          throw new Error(`input #${i} ${JSON.stringify(input.slice(0, 80))}: ${problems.join(', ')}`);
        const text = visibleText(reply);
        expect(text).not.toMatch(/(?<!\\)<@[!&]?\d+(?<!\\)>/);
        expect(text).not.toMatch(/@(everyone|here)/);
      }
      expect(core.people.complete(input).length).toBeLessThanOrEqual(25);
    }
  });
});
