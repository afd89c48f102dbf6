import type { Actor, ReportingMode, StanceLabel } from '../article/schema.ts';

/** How each stance reads at a glance: an emoji, an embed colour and a short plain description. */
export const STANCE_STYLE: Record<StanceLabel, { emoji: string; colour: number; describe: string }> = {
  'predicts-split': { emoji: '💔', colour: 0x9b59b6, describe: 'expects the alliance to break' },
  'distrusts-russia': { emoji: '🔴', colour: 0xe74c3c, describe: 'distrusts Russia' },
  'rejects-withdrawal': { emoji: '🛑', colour: 0xe67e22, describe: 'rejects leaving Syria' },
  'seeks-withdrawal': { emoji: '↩️', colour: 0x3498db, describe: 'wants forces pulled back' },
  'urges-hedging': { emoji: '⚠️', colour: 0xf1c40f, describe: 'warns against relying on Russia' },
  'sees-coordination': { emoji: '🕸️', colour: 0x795548, describe: 'sees powers coordinating against Iran' },
  describes: { emoji: '📝', colour: 0x95a5a6, describe: 'describes, takes no side' },
  'not-quoted': { emoji: '👤', colour: 0x7f8c8d, describe: 'named, not quoted' },
  disclaims: { emoji: '📰', colour: 0x2c3e50, describe: "publisher's disclaimer" },
};

/** The same descriptions said of a group, whose verbs agree with a plural: "Iranian newspapers distrust Russia". */
const DESCRIBE_MANY: Record<StanceLabel, string> = {
  'predicts-split': 'expect the alliance to break',
  'distrusts-russia': 'distrust Russia',
  'rejects-withdrawal': 'reject leaving Syria',
  'seeks-withdrawal': 'want forces pulled back',
  'urges-hedging': 'warn against relying on Russia',
  'sees-coordination': 'see powers coordinating against Iran',
  describes: 'describe, take no side',
  'not-quoted': 'named, not quoted',
  disclaims: "publishers' disclaimer",
};

/** Who a stance or view belongs to, as a sentence needs them. */
export interface Holder {
  kind: Actor['kind'];
  /** The name inside a sentence: "unnamed analysts", "The Daily Caller". */
  nameInSentence: string;
}

/** A stance in words that agree with its holder: a group is spoken of in the plural. */
export function describeStance(label: StanceLabel, holder: Pick<Holder, 'kind'>): string {
  return holder.kind === 'group' ? DESCRIBE_MANY[label] : STANCE_STYLE[label].describe;
}

/** "their" for people (whose gender the data does not give) and groups, "its" for a body. */
function their(holder: Holder): string {
  return holder.kind === 'organisation' ? 'its' : 'their';
}

/**
 * "Abadi's claim", "Iranian newspapers' words"; a plural that does not end in s takes no
 * possessive ending, so it reads "a claim by some in the Iranian regime".
 */
function ownedBy(holder: Holder, thing: string, without: string): string {
  const name = holder.nameInSentence;
  if (name.endsWith('s')) return `${name}' ${thing}`;
  return holder.kind === 'group' ? `${without} ${name}` : `${name}'s ${thing}`;
}

/** The label for the author's own words: the column's voice, as against the views it reports. */
export const OWN_VOICE = "the author's own opinion";

/**
 * Words that say whose view a line is, so no answer passes an opinion off as fact: `line` under a
 * speaker's name, `whose` in the reply's one-line summary of whose views the passage gives.
 */
export const REPORTING_STYLE: Record<
  ReportingMode,
  { line: (holder: Holder) => string; whose: (holder: Holder) => string }
> = {
  'own-voice': { line: () => OWN_VOICE, whose: () => OWN_VOICE },
  'direct-claim': {
    line: (holder) => `${their(holder)} claim, as the article reports it`,
    whose: (holder) => `${ownedBy(holder, 'claim', 'a claim by')}, as reported`,
  },
  paraphrase: {
    line: (holder) => `${their(holder)} words, paraphrased by the author`,
    whose: (holder) => `${ownedBy(holder, 'words', 'the words of')}, paraphrased by the author`,
  },
  'attributed-view': {
    line: (holder) => `a view the author attributes to ${holder.kind === 'organisation' ? 'it' : 'them'}`,
    whose: (holder) => `a view the author attributes to ${holder.nameInSentence}`,
  },
};
