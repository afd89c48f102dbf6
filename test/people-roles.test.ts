import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/article/load.ts';
import type { Actor } from '../src/article/schema.ts';
import { tokenize } from '../src/text/fold.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';

const corpus = loadCorpus();

/**
 * Words that say how or where the article names someone, not what they are ("named without a
 * title", "unnamed analysts", "named in the photo credit"): the only words of a role that need
 * not be the article's.
 */
const NAMING_WORDS = new Set(['named', 'without', 'title', 'forename', 'unnamed', 'photo', 'credit']);

const words = (text: string): string[] => tokenize(text).map((t) => t.word);
const QUOTED = /“([^”]+)”|‘([^’]+)’/g;

/**
 * The rule, for the role a /who card shows as "In the article:":
 * - a phrase in quotation marks must be the article's own words, found in its text as written
 *   (after folding: case, accents, apostrophes);
 * - every other word, folded, must occur in the paragraphs the actor appears in, unless it is a
 *   stop word, a paragraph reference (¶7) or one of NAMING_WORDS.
 * "US leader" for Trump fails it: "US" and "leader" are nowhere in the one paragraph that names him.
 */
function wordsNotInArticle(actor: Pick<Actor, 'role' | 'paragraphs'>): string[] {
  const own = new Set(actor.paragraphs.flatMap((n) => words(corpus.paragraphsByRef.get(n)!.text)));
  const texts = corpus.article.paragraphs.map((p) => ` ${words(p.text).join(' ')} `);
  const quoted = [...actor.role.matchAll(QUOTED)].map((m) => m[1] ?? m[2]!);
  const missingQuotes = quoted.filter((q) => !texts.some((t) => t.includes(` ${words(q).join(' ')} `)));
  const unquoted = words(actor.role.replace(QUOTED, ' ').replace(/¶\s?\d+/g, ' ')).filter(
    (w) => !STOP_WORDS.has(w) && !NAMING_WORDS.has(w) && !own.has(w),
  );
  return [...missingQuotes.map((q) => `“${q}”`), ...unquoted];
}

describe('roles in data/people.json are the article’s words', () => {
  it.each(corpus.people.actors.map((a) => [a.id, a] as const))('%s', (_id, actor) => {
    expect(wordsNotInArticle(actor)).toEqual([]);
  });

  it('would have caught the roles the article does not give', () => {
    const trump = corpus.actorsById.get('trump')!;
    expect(wordsNotInArticle({ ...trump, role: 'US leader' })).toEqual(['usa', 'leader']);
    expect(wordsNotInArticle({ ...trump, role: 'named as “President Trump”' })).toEqual(['“President Trump”']);
    const caller = corpus.actorsById.get('the-daily-caller')!;
    expect(wordsNotInArticle({ ...caller, role: 'the publisher of the commentary' })).toEqual(['publisher']);
  });

  // Descriptions ("the US president") are how readers ask for someone, never shown as the
  // article's words; the card shows only the role, so only the role is held to the article.
  it('keep reader descriptions off the card', () => {
    const trump = corpus.actorsById.get('trump')!;
    expect(trump.descriptions).toContain('the US president');
    expect(trump.role).toBe('named without a title');
  });
});
