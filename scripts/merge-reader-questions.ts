import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, holdsGold, readLabelled, type LabelledCase } from '../bench/ask-corpus.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/article/load.ts';
import { buildAskIndex } from '../src/search/ask-index.ts';
import { termsOf } from '../src/text/terms.ts';
import { createCore } from '../src/core.ts';

/**
 * `npm run merge:reader-questions`: the answerable questions of tuning parts 5 to 14 become reader
 * questions of the passage their first gold snippet sits in. Those parts were written by helpers
 * from the article alone, as members type (misspelt, non-native, idiomatic), and have been read and
 * worked from; as reader questions they teach the wording likeness, the meaning scan and the
 * questions field how members ask (+2.7 points top-1 on the sets not merged, +4.2 on two tuning parts
 * written this session and not merged). From then on those parts measure nothing new. The main tuning
 * part stays out, as do every blind part and the newest tuning parts; and the verdict is not
 * fitted on the parts merged (scripts/fit-verdict.ts), whose questions would meet themselves.
 */
export const MERGED_PARTS = [
  CORPUS.tuning5,
  CORPUS.tuning6,
  CORPUS.tuning7,
  CORPUS.tuning8,
  CORPUS.tuning9,
  CORPUS.tuning10,
  CORPUS.tuning11,
  CORPUS.tuning12,
  CORPUS.tuning13,
  CORPUS.tuning14,
].flat();

/**
 * `npm run merge:reader-questions -- --missed`: of tuning parts 19 to 50 (written the same way,
 * looked at, never fitted on nor among the questions asked before), only the answerable questions
 * the search does not answer first from a passage holding their gold, and only those in words the
 * search already knows. Those it answers teach it nothing and slow every question (whole parts
 * gained no more on the blind parts at three times the questions); a misspelling or a word of
 * another language among the reader questions becomes a word the search knows as typed, no longer
 * corrected or set aside ("Silia", "ai là"). What it adds depends on the search at the time: run
 * again after the search changes, it adds what is missed then. docs/answer-quality.md has the
 * measurements.
 */
export const MISSED_PARTS = Object.entries(CORPUS)
  .filter(([part]) => /^tuning(?:19|[2-4]\d|50)$/.test(part))
  .flatMap(([, files]) => files);

/** Longer than this, a question carries the member's story, which is not how a passage is asked. */
const MOST_WORDS = 14;
/** Chat about the class or the bot: their words would make "question one" look like a reader question. */
const CHAT =
  /\b(?:question|q|bot|prof|professor|seminar|class|lecture|homework|essay|exam|notes|slides|presentation|thanks|thank|thx|sorry|hi|hello|hey|hiya|lurker|channel|server|guys|everyone|honest|genuinely|legit|bias|doubt)\b/i;

interface ArticleFile {
  paragraphs: Array<{ id: string; text: string; questions: string[] }>;
}

const ARTICLE = join(DEFAULT_DATA_DIR, 'article.json');

/** Whether a labelled question is kept as a reader question (answerable, short, no chat). */
export function keeps(c: LabelledCase): boolean {
  const q = c.q.trim();
  return c.label === 'answer' && q.length >= 3 && q.split(/\s+/).length <= MOST_WORDS && !CHAT.test(q);
}

/**
 * Paragraph id → the kept questions of `parts` that `takes` lets through, each under the passage
 * whose text `holds` their first gold phrase, in the parts' order, none repeated.
 */
function byPassage(
  article: ArticleFile,
  parts: readonly string[],
  holds: (text: string, gold: string) => boolean,
  takes: (c: LabelledCase, question: string, paragraph: ArticleFile['paragraphs'][number]) => boolean,
): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const c of readLabelled(parts)) {
    if (!keeps(c)) continue;
    const paragraph = article.paragraphs.find((p) => holds(p.text, c.gold[0] ?? '\u0000'));
    const question = c.q.trim();
    if (!paragraph || !takes(c, question, paragraph)) continue;
    const list = added.get(paragraph.id) ?? [];
    if (!list.includes(question)) list.push(question);
    added.set(paragraph.id, list);
  }
  return added;
}

/** Paragraph id → the questions the merged parts add to it, in the parts' order, none repeated. */
export function mergedQuestions(article: ArticleFile): Map<string, string[]> {
  // The text itself, as when they were merged: a gold phrase copied from a heading places its
  // question nowhere, so heading questions stayed out.
  return byPassage(
    article,
    MERGED_PARTS,
    (text, gold) => text.includes(gold),
    () => true,
  );
}

/**
 * Paragraph id → the questions of the missed parts whose first passage (`topPassage`, its text, or
 * undefined when there is none) holds none of their gold; none the passage already holds, none
 * with a word `known` does not know.
 */
export function missedQuestions(
  article: ArticleFile,
  topPassage: (question: string) => string | undefined,
  known: (word: string) => boolean,
): Map<string, string[]> {
  return byPassage(article, MISSED_PARTS, holdsGold, (c, question, paragraph) => {
    if (!termsOf(c.q).every((t) => t.word.split(' ').every(known)) || paragraph.questions.includes(question)) {
      return false;
    }
    // Missed as the bench counts it: a first passage holding any of the gold is right.
    const top = topPassage(question);
    return top === undefined || !c.gold.some((g) => holdsGold(top, g));
  });
}

/** `missedQuestions` by the search as the data now stands, and the words it now knows. */
function missedQuestionsNow(article: ArticleFile): Map<string, string[]> {
  const { search } = createCore();
  const knownWords = buildAskIndex(loadCorpus()).allWords;
  return missedQuestions(
    article,
    (q) => search.ask(q).results[0]?.paragraph.text,
    (word) => knownWords.has(word),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as ArticleFile;
  let count = 0;
  const adding = process.argv.includes('--missed') ? missedQuestionsNow(article) : mergedQuestions(article);
  for (const [id, questions] of adding) {
    const paragraph = article.paragraphs.find((p) => p.id === id)!;
    for (const question of questions) {
      if (paragraph.questions.includes(question)) continue;
      paragraph.questions.push(question);
      count++;
    }
  }
  writeFileSync(ARTICLE, `${JSON.stringify(article, null, 2)}\n`);
  console.log(`added ${count} reader questions to ${ARTICLE}`);
}
