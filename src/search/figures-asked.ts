import type { Paragraph } from '../article/schema.ts';
import { IS_A_YEAR, STATES_A_DATE } from './question-type.ts';

/** What the member asks the article's list of: its dates, its distances, or its numbers of any kind. */
export type FiguresAsked = 'dates' | 'distances' | 'numbers';

const DATE_NOUNS = String.raw`(?:years?|dates?)`;
const DATES_ONLY = new RegExp(`^${DATE_NOUNS}$`, 'i');
const DISTANCES_ONLY = /^distances?$/i;
/** A number and a unit of length after it: "70 to80 kilometers". */
const DISTANCE_STATED = /\d+\s*(?:(?:to|-|–)\s*\d+\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?|meters?|metres?)\b/i;
// Not "figures": as often people ("which key figures are named").
const NUMBER_NOUNS = String.raw`(?:numbers?|stats|statistics|distances?)`;
const EITHER = String.raw`(?:${DATE_NOUNS}|${NUMBER_NOUNS})`;
const THE_PIECE = String.raw`(?:the|this|that)\s+(?:article|piece|text|op-?ed|column|thing)`;

/**
 * "What year is mentioned in the article", "what year and what distance are mentioned? making
 * flashcards", "any dates in this thing or nah", "which numbers does the piece give": the figures
 * the article states, asked for as such. Read word by word, "year" found "in recent years".
 * Only when nothing follows but the piece, chat or a question on the figure ("…and why is it important"):
 * a figure of something ("what dates are mentioned for the withdrawal", "any numbers about how much
 * iran spent") or of a part ("…in paragraph 2", "…in the title") is the search's to find.
 */
const FIGURES_OF_THE_PIECE = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|and|hey|quick q)\s+)*(?:(?:what|which|any|list|name)\s+(?:(?:all|the|exact|specific|important|key)\s+)*(${EITHER})(?:\s+(?:and|&|or)\s+(?:what\s+|which\s+|any\s+)?(${EITHER}))?\s+(?:(?:is|are|was|were|get|gets|got)\s+)?(?:(?:mentioned|given|cited|named|stated|listed|used)(?:\s+in\s+${THE_PIECE})?|in\s+${THE_PIECE}|(?:does|do|did)\s+${THE_PIECE}\s+(?:mentions?|gives?|cites?|names?|states?|lists?|uses?))|(?:are\s+there\s+)?any\s+(${EITHER})\s+(?:mentioned\s+)?in\s+${THE_PIECE})(?:\s+(?:or(?: (?:nah|not|no))?|at all|lol|pls|please|tho|though|again))*(?:\s*,?\s+and\s+(?:why|what)\s+(?:is|was|are|were|did|does|happened)\s+(?:it|that|they|them|this|those|these|then)\b[^?]*)?\s*[?.!]*\s*$`,
  'i',
);

export function figuresAsked(text: string): FiguresAsked | undefined {
  const m = FIGURES_OF_THE_PIECE.exec(text);
  if (!m) return undefined;
  const nouns = [m[1], m[2], m[3]].filter((n): n is string => n !== undefined);
  if (nouns.every((n) => DATES_ONLY.test(n))) return 'dates';
  return nouns.every((n) => DISTANCES_ONLY.test(n)) ? 'distances' : 'numbers';
}

/** The body paragraphs that state a figure of the kind asked, in the article's order. */
export function paragraphsWithFigures(paragraphs: readonly Paragraph[], asked: FiguresAsked): Paragraph[] {
  const holds = (text: string): boolean =>
    asked === 'dates' ? STATES_A_DATE.test(text) : asked === 'distances' ? DISTANCE_STATED.test(text) : /\d/.test(text);
  return paragraphs.filter((p) => p.kind === 'body' && holds(p.text));
}

/**
 * Whether a word of a passage is a figure of the kind asked: a year for dates, any number else. A
 * month ("May") is a date no passage of this article gives, so only years are marked.
 */
export function isFigure(word: string, asked: FiguresAsked): boolean {
  return asked === 'dates' ? IS_A_YEAR.test(word) : /\d/.test(word);
}
