import { paragraphRef } from './article/numbering.ts';
import type { AskAnswer, AskResult } from './search/ask.ts';
import type { ClaimCheck } from './search/claim-check.ts';
import type { WhoAnswer } from './search/who.ts';

/** The CLI's --json shapes: a stable contract for scripts, independent of the Discord rendering. */
export function askToJson(answer: AskAnswer): object {
  return {
    query: answer.query,
    ...(answer.clipped ? { clipped: answer.clipped } : {}),
    verdict: answer.verdict,
    results: answer.results.map((r) => ({
      id: r.paragraph.id,
      paragraph: paragraphRef(r.paragraph),
      section: r.section,
      text: r.paragraph.text,
      excerpt: r.excerpt.map((p) => (p.match ? `**${p.text}**` : p.text)).join(''),
      score: r.score,
      speakers: r.speakers.map((s) => ({ id: s.id, name: s.name, stance: s.stance.label })),
    })),
  };
}

export function whoToJson(answer: WhoAnswer): object {
  const m = answer.match;
  return {
    query: answer.query,
    ...(answer.clipped ? { clipped: answer.clipped } : {}),
    match: m
      ? { id: m.id, name: m.name, aliases: m.aliases, role: m.role, stance: m.stance.label, paragraphs: m.paragraphs }
      : null,
    suggestions: answer.suggestions.map((a) => ({ id: a.id, name: a.name })),
  };
}

function passageToJson(r: AskResult | null): object | null {
  return (
    r && { id: r.paragraph.id, paragraph: paragraphRef(r.paragraph), excerpt: r.excerpt.map((p) => p.text).join('') }
  );
}

/** check --json: the verdict, the passage and sentence that bear on the claim, and whose words they are. */
export function checkToJson(check: ClaimCheck): object {
  const s = check.speaker;
  return {
    claim: check.claim,
    ...(check.clipped ? { clipped: check.clipped } : {}),
    verdict: check.verdict,
    sentence: check.match?.sentence.text ?? null,
    passage: passageToJson(check.passage),
    speaker: s && { id: s.id, name: s.name, stance: s.stance.label, reported: s.reported },
    conflict: check.conflict,
    closest: passageToJson(check.closest),
  };
}
