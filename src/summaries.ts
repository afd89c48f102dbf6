import type { Corpus } from './article/load.ts';
import type { SummaryPart } from './article/summary-schema.ts';

/** The summary parts, in the order moderators choose from. */
export function summaryPart(corpus: Corpus, partId: string | null | undefined): SummaryPart {
  const parts = corpus.summaries.parts;
  return parts.find((p) => p.id === partId) ?? parts.find((p) => p.kind === 'whole') ?? parts[0]!;
}

/** Slash-command choices for the `part` option (Discord allows 25). */
export function summaryChoices(corpus: Pick<Corpus, 'summaries'>): Array<{ name: string; value: string }> {
  return corpus.summaries.parts.slice(0, 25).map((p) => ({ name: p.title.slice(0, 100), value: p.id }));
}
