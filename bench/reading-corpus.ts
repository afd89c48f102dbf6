import type { Core } from '../src/core.ts';
import { checkClaim, type ClaimVerdict } from '../src/search/claim-check.ts';
import type { Reported } from '../src/search/who-said.ts';

/** A message to check, as the blind set's writer labelled it from the article; `gold` are phrases of the passage. */
export interface CheckCase {
  text: string;
  label: ClaimVerdict;
  gold: string[];
}

/** A "who said" line: the phrase, the speaker's name as the article gives it, and how it is reported. */
export interface WhoSaidCase {
  text: string;
  speaker: string;
  reported: 'quoted' | 'paraphrased' | 'author';
  gold: string[];
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${n}/${d} (${((100 * n) / d).toFixed(0)}%)`);

/**
 * Scores "Check against the op-ed": the verdict, per label, and (for claims the article bears
 * on) whether the passage shown holds the labelled phrase.
 */
export function scoreCheck(core: Core, cases: readonly CheckCase[]): Record<string, string> {
  const right = { supported: 0, contradicted: 0, unaddressed: 0 };
  const total = { supported: 0, contradicted: 0, unaddressed: 0 };
  let addressed = 0;
  let addressedCalled = 0;
  let passageRight = 0;
  let withGold = 0;
  for (const c of cases) {
    const check = checkClaim(core.search, c.text);
    total[c.label]++;
    if (check.verdict === c.label) right[c.label]++;
    if (c.label === 'unaddressed') continue;
    addressed++;
    if (check.verdict !== 'unaddressed') addressedCalled++;
    if (c.gold.length === 0) continue;
    withGold++;
    const text = check.passage?.paragraph.text ?? '';
    if (c.gold.some((g) => text.includes(g))) passageRight++;
  }
  const all = right.supported + right.contradicted + right.unaddressed;
  return {
    'verdict right': pct(all, cases.length),
    supported: pct(right.supported, total.supported),
    contradicted: pct(right.contradicted, total.contradicted),
    unaddressed: pct(right.unaddressed, total.unaddressed),
    'addressed, called addressed': pct(addressedCalled, addressed),
    'addressed, right passage': pct(passageRight, withGold),
  };
}

/** The blind set says "the author" for the author's own words, and names everyone else as the article does. */
function speakerId(core: Core, name: string): string | undefined {
  if (/^the author$/i.test(name.trim())) return core.corpus.article.authorId;
  return core.people.who(name).match?.id;
}

const REPORTED: Record<Reported, WhoSaidCase['reported']> = {
  quoted: 'quoted',
  // The blind set's labels have no "claimed": a statement reported without quotation marks is reported speech there.
  claimed: 'paraphrased',
  paraphrased: 'paraphrased',
  attributed: 'paraphrased',
  own: 'author',
};

/**
 * Scores "who said": the sentence found, the speaker named, and how it is reported. The blind set
 * has no "attributed" label, so a view the author attributes counts as paraphrased (reported, not
 * quoted); "strict" counts only our own "paraphrased" there.
 */
export function scoreWhoSaid(core: Core, cases: readonly WhoSaidCase[]): Record<string, string> {
  let found = 0;
  let sentence = 0;
  let speaker = 0;
  let reported = 0;
  let strict = 0;
  for (const c of cases) {
    const asked = /^\s*who\b/i.test(c.text) ? c.text : `who said ${c.text}`;
    const said = core.search.whoSaid(asked);
    if (!said?.match) continue;
    found++;
    if (c.gold.some((g) => said.match!.sentence.paragraph.text.includes(g))) sentence++;
    if (said.speaker === speakerId(core, c.speaker)) speaker++;
    if (said.reported && REPORTED[said.reported] === c.reported) reported++;
    if (said.reported && said.reported !== 'attributed' && REPORTED[said.reported] === c.reported) strict++;
  }
  return {
    'found a sentence': pct(found, cases.length),
    'right passage': pct(sentence, cases.length),
    'right speaker': pct(speaker, cases.length),
    'right reporting': pct(reported, cases.length),
    'right reporting (strict)': pct(strict, cases.length),
  };
}
