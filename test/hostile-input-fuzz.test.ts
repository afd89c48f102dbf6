import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { renderAskReply, renderWholeParagraph } from '../src/render/ask-reply.ts';
import { renderWhoReply } from '../src/render/who-reply.ts';
import { hostileInputs } from './hostile-inputs.ts';
import { brokenLimits, visibleText } from './limits-check.ts';

const core = createCore();

describe('hostile input fuzz (core rendering)', () => {
  it(
    '3,000 generated inputs: nothing throws, every reply within limits, nothing can ping',
    { timeout: 120_000 },
    () => {
      let i = 0;
      for (const input of hostileInputs(3000)) {
        i++;
        const answer = core.search.ask(input);
        const replies = [
          renderAskReply(answer, core.meta, i % 6),
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
    },
  );
});
