import { z } from 'zod';
import { escapeRegExp } from './escape-regexp.ts';

/**
 * Idioms and chat slang read as what they mean: "who's gonna kiss and make up" asks who will
 * reconcile, "were they thrown for a loop" whether they were confused. A reader's idiom shares no
 * word with the article, and word-by-word synonyms cannot find it ("loop" is not "confusion").
 *
 * data/idioms.json holds each idiom as typed and its plain meaning. In `says`, words are separated
 * by spaces; a slot may list its forms with "|" ("throw|threw|thrown"); `{x}` stands for the one to
 * three words the idiom wraps ("throw {x} under the bus"), which `means` may keep.
 */
const SLOT = String.raw`(?:[a-z0-9'-]+(?:\|[a-z0-9'-]+)*|\{x\})`;
const MEANING_WORD = String.raw`(?:[a-z0-9'-]+|\{x\})`;

export const idiomsSchema = z
  .strictObject({
    about: z.string().min(1),
    idioms: z
      .array(
        z
          .strictObject({
            says: z
              .string()
              .regex(
                new RegExp(`^${SLOT}(?: ${SLOT})*$`),
                'must be lower-case words separated by single spaces, forms joined by "|", or {x}',
              )
              .refine((says) => (says.match(/\{x\}/g) ?? []).length <= 1, 'may hold {x} at most once')
              .refine((says) => says.split(' ').some((slot) => slot !== '{x}'), 'must hold a word besides {x}'),
            means: z
              .string()
              .regex(new RegExp(`^${MEANING_WORD}(?: ${MEANING_WORD}){0,5}$`), 'must be one to six plain words'),
          })
          .refine((idiom) => !idiom.means.includes('{x}') || idiom.says.includes('{x}'), {
            message: 'uses {x} though the idiom has none to keep',
            path: ['means'],
          }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.idioms.forEach((idiom, i) => {
      if (seen.has(idiom.says)) {
        ctx.addIssue({ code: 'custom', path: ['idioms', i, 'says'], message: `"${idiom.says}" is listed twice` });
      }
      seen.add(idiom.says);
    });
  });
export type IdiomsFile = z.infer<typeof idiomsSchema>;

interface Idiom {
  pattern: RegExp;
  means: string;
  /** The forms of its rarest slot: an idiom is tried only on a question holding one of them. */
  anchors: readonly string[];
}

/**
 * Idioms are English: Latin letters (accented too) are what a word is made of here. Without the
 * `u` flag V8 compiles these 400 patterns ten times faster; with it, the first questions to meet
 * them waited up to half a millisecond each while they compiled.
 */
const WORD_CHAR = String.raw`[A-Za-z0-9\u00C0-\u024F]`;
const WORDS = /[\p{L}\p{N}]+/gu;
/** What {x} matches: one to three words, never running across a sentence. */
const WRAPPED = String.raw`((?:[A-Za-z0-9\u00C0-\u024F'’-]+\s+){0,2}?[A-Za-z0-9\u00C0-\u024F'’-]+)`;

function slotPattern(slot: string): string {
  if (slot === '{x}') return WRAPPED;
  const forms = slot.split('|').map((form) =>
    escapeRegExp(form)
      // "horse's" typed "horses" or with a curly apostrophe; "flip-flop" typed "flip flop" or "flipflop".
      .replace(/'/g, "['’]?")
      .replace(/-/g, '[-\\s]?'),
  );
  return `(?:${forms.join('|')})`;
}

function compile(says: string, means: string): Idiom {
  const slots = says.split(' ');
  const pattern = new RegExp(
    `(?<!${WORD_CHAR})${slots.map(slotPattern).join(String.raw`[\s,]+`)}(?!${WORD_CHAR})`,
    'i',
  );
  // The slot whose shortest form is longest is the least common word: "bus" rather than "the". A
  // slot without an apostrophe or hyphen is typed as one word however it is written.
  const anchorSlot = slots
    .filter((slot) => slot !== '{x}')
    .reduce((best, slot) => (rank(slot) > rank(best) ? slot : best));
  // A hyphenated form is typed as two words or as one ("flip flop", "flipflop"): both are anchors.
  const anchors = anchorSlot.split('|').flatMap((form) => {
    const longestPart = form.split(/['-]/).reduce((a, b) => (b.length > a.length ? b : a));
    return form.includes('-') ? [longestPart, form.replace(/-/g, '')] : [longestPart];
  });
  return { pattern, means, anchors };
}

function rank(slot: string): number {
  return shortest(slot) + (/['-]/.test(slot) ? 0 : 100);
}

function shortest(slot: string): number {
  return Math.min(...slot.split('|').map((form) => form.length));
}

export class IdiomReader {
  readonly #byAnchor = new Map<string, Idiom[]>();
  /** Every word an idiom is typed with ("tizzy", "frenemies"): slang, not a misspelling. */
  readonly #idiomWords = new Set<string>();
  readonly #ownTexts: readonly string[];
  /** Which own texts hold each word, made the first time a question holds an idiom (`#textsHolding`). */
  #textsWith: Map<string, number[]> | undefined;
  /** Whether the article or its reader questions use an idiom, worked out the first time a question does. */
  readonly #usedAsTyped = new Map<Idiom, boolean>();

  /**
   * `ownTexts`: the article's paragraphs, topics and reader questions. An idiom they use ("upper
   * hand", "frenemies") is matched by the search as typed, and is left alone.
   */
  constructor(file: IdiomsFile, ownTexts: readonly string[]) {
    this.#ownTexts = ownTexts;
    for (const { says, means } of file.idioms) {
      for (const form of says.split(/[\s|]+/)) if (form !== '{x}') this.#idiomWords.add(form);
      const idiom = compile(says, means);
      for (const anchor of idiom.anchors) {
        const list = this.#byAnchor.get(anchor);
        if (list) list.push(idiom);
        else this.#byAnchor.set(anchor, [idiom]);
      }
    }
  }

  /** Whether an idiom is typed with this (lower-case) word. */
  uses(word: string): boolean {
    return this.#idiomWords.has(word);
  }

  /**
   * The question with each idiom it holds that the article's own texts do not use put in plain words;
   * `everyIdiom` puts those in plain words too, for reading what a question asks ("when did the bad
   * blood start" asks when the hostility began) rather than for matching its words.
   */
  plain(text: string, everyIdiom = false): string {
    const words = new Set(text.toLowerCase().match(WORDS) ?? []);
    let out = text;
    for (const word of words) {
      for (const idiom of this.#byAnchor.get(word) ?? []) {
        if (!idiom.pattern.test(out) || (!everyIdiom && this.#usedAsTypedByArticle(idiom))) continue;
        out = out.replace(idiom.pattern, (_match, wrapped: unknown) =>
          // Without {x} the second argument is the match's offset, not a group.
          typeof wrapped === 'string' ? idiom.means.replace('{x}', wrapped) : idiom.means,
        );
      }
    }
    return out;
  }

  /**
   * The own texts holding a word: an idiom is tried only on those holding its anchor, not on all
   * 2,800. Indexed when first needed, as most questions hold no idiom (indexing was some 25 ms of
   * every start-up).
   */
  #textsHolding(word: string): readonly number[] {
    if (!this.#textsWith) {
      const textsWith = new Map<string, number[]>();
      this.#ownTexts.forEach((text, i) => {
        for (const own of new Set(text.toLowerCase().match(WORDS) ?? [])) {
          const list = textsWith.get(own);
          if (list) list.push(i);
          else textsWith.set(own, [i]);
        }
      });
      this.#textsWith = textsWith;
    }
    return this.#textsWith.get(word) ?? [];
  }

  #usedAsTypedByArticle(idiom: Idiom): boolean {
    let used = this.#usedAsTyped.get(idiom);
    if (used === undefined) {
      used = idiom.anchors.some((anchor) =>
        this.#textsHolding(anchor).some((i) => idiom.pattern.test(this.#ownTexts[i]!)),
      );
      this.#usedAsTyped.set(idiom, used);
    }
    return used;
  }
}
