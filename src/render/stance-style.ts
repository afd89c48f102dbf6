import type { ReportingMode, StanceLabel } from '../article/schema.ts';

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

/**
 * Words that say whose view a line is, so no answer passes an opinion off as fact: `line` under a
 * speaker's name, `whose` in the reply's one-line summary of whose views the passage gives.
 */
export const REPORTING_STYLE: Record<ReportingMode, { line: string; whose: (name: string) => string }> = {
  'own-voice': { line: "the author's own opinion", whose: () => "the author's own opinion" },
  'direct-claim': { line: 'their claim, as the article reports it', whose: (name) => `${name}'s claim, as reported` },
  paraphrase: {
    line: 'their words, paraphrased by the author',
    whose: (name) => `${name}'s words, paraphrased by the author`,
  },
  'attributed-view': {
    line: 'a view the author attributes to them',
    whose: (name) => `a view the author attributes to ${name}`,
  },
};
