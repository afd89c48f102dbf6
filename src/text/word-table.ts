import { foldText, tokenize } from './fold.ts';

const SENTENCE_END = /[.!?]/;
const FOLDED = /^[a-z ]+$/;
/** Markdown emphasis left around nothing ("**abeg** who wrote this"). */
const EMPTY_EMPHASIS = /(\*\*|__|~~|\*|_)\s*\1/g;

/** A stretch of a text that a word table holds: offsets into the text, and what it reads as. */
export interface TableMatch {
  readonly start: number;
  readonly end: number;
  readonly english: string;
}

/**
 * Words and short phrases of another language, each read as an English word or phrase ('' where
 * it says nothing a search can use, as a greeting). Written compactly, keyed by the English:
 * `['why', '^bilong_wanem wetin_mek']`, forms parted by spaces and a phrase's words by '_'. A form
 * marked '^' is read so only where a sentence starts: Tok Pisin's "bilong wanem" opening a question
 * is "why", but "em i bos bilong wanem ogenaisesen" is "of what organisation".
 */
export class WordTable {
  readonly #english: ReadonlyMap<string, string>;
  readonly #atStart: ReadonlyMap<string, string>;
  readonly #longest: number;
  /**
   * The first words of the phrases: at any other word only the word itself is looked up, as one
   * /ask reads the question through two tables several times over.
   */
  readonly #phraseStarts: ReadonlySet<string>;

  constructor(byEnglish: ReadonlyArray<readonly [english: string, forms: string]>) {
    const english = new Map<string, string>();
    const atStart = new Map<string, string>();
    for (const [meaning, forms] of byEnglish) {
      for (const form of forms.split(' ')) {
        if (form === '') continue;
        // Folded as questions are, so a form written with its accents still meets them; most are
        // written folded already, and folding thousands at start-up is time before READY.
        const bare = form.replace(/^\^/, '').replace(/_/g, ' ');
        const folded = FOLDED.test(bare) ? bare : foldText(bare);
        (form.startsWith('^') ? atStart : english).set(folded, meaning);
      }
    }
    this.#english = english;
    this.#atStart = atStart;
    this.#phraseStarts = new Set(
      [...english.keys(), ...atStart.keys()].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]!),
    );
    this.#longest = Math.max(1, ...[...english.keys(), ...atStart.keys()].map((form) => form.split(' ').length));
  }

  /** The stretches of the text the table holds, left to right, the longest phrase first at each word. */
  matches(text: string): TableMatch[] {
    const tokens = tokenize(text);
    const found: TableMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const opens =
        this.#atStart.size > 0 && (i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)));
      const longest = this.#phraseStarts.has(tokens[i]!.word) ? this.#longest : 1;
      for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
        const form =
          n === 1
            ? tokens[i]!.word
            : tokens
                .slice(i, i + n)
                .map((t) => t.word)
                .join(' ');
        const english = (opens ? this.#atStart.get(form) : undefined) ?? this.#english.get(form);
        if (english === undefined) continue;
        found.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, english });
        i += n - 1;
        break;
      }
    }
    return found;
  }
}

/**
 * The text with each match put in its English; a stretch read as nothing is dropped with the
 * space, comma or stop it leaves behind ("bula vinaka! who wrote this" → "who wrote this").
 */
export function rewriteMatches(text: string, matches: readonly TableMatch[]): string {
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const match of matches) {
    out += text.slice(at, match.start) + match.english;
    at = match.end;
  }
  out += text.slice(at);
  // Spaces first, so each later pattern meets single spaces and stays linear however long the text.
  const tidy = out
    .replace(/\s+/g, ' ')
    .replace(EMPTY_EMPHASIS, '')
    .replace(/ (?=[,;:.!?])/g, '')
    .replace(/[,;:](?=[,;:.!?])/g, '')
    .replace(/(^|[.!?] ?)[,;:] ?/g, '$1')
    .replace(/^[ .!?,;:]+/, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(tidy) ? tidy : '';
}
