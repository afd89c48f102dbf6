import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.ts';
import { InteractionActivity } from '../src/discord/interaction-activity.ts';
import { renderAskReply } from '../src/render/ask-reply.ts';
import { warmUpInBackground, warmUpQuestions } from '../src/warm-up.ts';

const core = createCore();
const ask = (q: string) => renderAskReply(core.search.ask(q), core.meta);

describe('the search warm-up after start-up', () => {
  it("asks every reader question of the article once, a paragraph's at a time in turn", () => {
    const paragraphs = core.corpus.article.paragraphs.filter((p) => p.questions.length > 0);
    const questions = warmUpQuestions(core);
    expect(questions).toHaveLength(paragraphs.reduce((n, p) => n + p.questions.length, 0));
    expect(questions.slice(0, paragraphs.length)).toEqual(paragraphs.map((p) => p.questions[0]));
  });

  it('leaves the answers members get exactly as they were', async () => {
    const asked = ['who wins in syria', 'wat does russia want from iran', 'when was this published'];
    const before = asked.map(ask);
    const report = await warmUpInBackground(core, { questions: warmUpQuestions(core).slice(0, 40) }).done;
    expect(report.questions).toBe(40);
    expect(asked.map(ask)).toEqual(before);
  });

  it('waits while members are asking, and goes on once it is quiet', async () => {
    let quiet = false;
    const warmUp = warmUpInBackground(core, { questions: ['who wrote this'], isQuiet: () => quiet, pauseMs: 5 });
    const early = await Promise.race([warmUp.done, new Promise((resolve) => setTimeout(() => resolve('waiting'), 40))]);
    expect(early).toBe('waiting');
    quiet = true;
    expect((await warmUp.done).questions).toBe(1);
  });

  it('stops at the next question once stopped, however far it has got', async () => {
    const before = warmUpInBackground(core, { questions: warmUpQuestions(core) });
    before.stop();
    expect((await before.done).questions).toBe(0);
    let looked = 0;
    const midway = warmUpInBackground(core, {
      questions: warmUpQuestions(core),
      // Asked before each question: stopped while the third is in hand, which is still asked.
      isQuiet: () => {
        if (++looked === 3) midway.stop();
        return true;
      },
    });
    expect((await midway.done).questions).toBe(3);
  });

  it('stops at a question that throws, and says why, instead of bringing the bot down', async () => {
    const broken = {
      ...core,
      search: {
        ask: () => {
          throw new Error('index gone');
        },
      },
    } as unknown as typeof core;
    const report = await warmUpInBackground(broken, { questions: ['who wrote this'] }).done;
    expect(report.questions).toBe(0);
    expect((report.failed as Error).message).toBe('index gone');
  });
});

describe('interaction activity, which the warm-up waits on', () => {
  it('is quiet only once every interaction in flight has settled, counting from the last', () => {
    let now = 10_000;
    const activity = new InteractionActivity(() => now);
    expect(activity.quietForMs()).toBe(Number.POSITIVE_INFINITY);
    activity.began();
    activity.began();
    now += 500;
    activity.settled();
    expect(activity.quietForMs()).toBe(0);
    activity.settled();
    now += 300;
    expect(activity.quietForMs()).toBe(300);
  });
});
