import type { Core } from './core.ts';
import { renderAskReply } from './render/ask-reply.ts';

export interface WarmUpReport {
  questions: number;
  ms: number;
  /** What stopped it early, if a question threw: a member asking the same gets the router's error reply. */
  failed?: unknown;
}

export interface WarmUp {
  /** Settles once every question has been asked, or at the first question after `stop()`. */
  done: Promise<WarmUpReport>;
  stop(): void;
}

/**
 * The article's reader questions, one paragraph's at a time in turn, so that the first few hundred
 * already take the search down each kind of passage (title, body, bio, disclaimer).
 */
export function warmUpQuestions(core: Core): string[] {
  const perParagraph = core.corpus.article.paragraphs.map((p) => p.questions);
  const longest = Math.max(0, ...perParagraph.map((qs) => qs.length));
  const turns: string[] = [];
  for (let i = 0; i < longest; i++) {
    for (const questions of perParagraph) if (i < questions.length) turns.push(questions[i]!);
  }
  return turns;
}

export interface WarmUpOptions {
  /** Default: the article's reader questions (`warmUpQuestions`). */
  questions?: readonly string[];
  /** Whether members have left the bot alone long enough for a question of the warm-up's own. */
  isQuiet?: () => boolean;
  /** How long to wait before looking again when it is not quiet. */
  pauseMs?: number;
}

/**
 * Asks the search the article's own reader questions in the background, once the bot is ready.
 * Just after start-up V8 has compiled /ask's paths for only a few calls, and the first thousand or
 * so members' questions would pay for that (`npm run bench`: p99 of a just-started /ask is about
 * half as much again as a warmed one's). One question per turn of the event loop, and only while
 * `isQuiet` says so: a member's interaction waits for at most the one question in hand, which is
 * tens of milliseconds for the first few in a cold process (the very first about 100 ms, as the
 * member's own first question would be) and about a millisecond after that; a busy bot warms up
 * on its members' questions instead. A question that throws stops the warm-up, reported in `done`:
 * the bot goes on answering.
 */
export function warmUpInBackground(core: Core, options: WarmUpOptions = {}): WarmUp {
  const { questions = warmUpQuestions(core), isQuiet = () => true, pauseMs = 100 } = options;
  let stopped = false;
  const started = performance.now();
  const done = new Promise<WarmUpReport>((resolve) => {
    let next = 0;
    const step = (): void => {
      if (stopped || next >= questions.length) {
        resolve({ questions: next, ms: Math.round(performance.now() - started) });
      } else if (!isQuiet()) {
        // Unref'd: a pause never keeps a process alive that has nothing else to do.
        setTimeout(step, pauseMs).unref();
      } else {
        try {
          renderAskReply(core.search.ask(questions[next]!), core.meta);
        } catch (error) {
          resolve({ questions: next, ms: Math.round(performance.now() - started), failed: error });
          return;
        }
        next++;
        setImmediate(step);
      }
    };
    setImmediate(step);
  });
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
