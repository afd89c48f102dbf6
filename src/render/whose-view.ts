import type { ArticleMeta } from '../core.ts';
import type { SpeakerView } from '../search/ask.ts';
import { describeStance, REPORTING_STYLE, STANCE_STYLE } from './stance-style.ts';

/** One line saying whose view a passage gives, so an opinion is never read as fact. */
export function whoseView(speakers: SpeakerView[], meta: ArticleMeta): string {
  const opinion = `From an opinion column by ${meta.author} (${meta.outlet})`;
  if (speakers.length === 0) return `${opinion}; this passage reports no one's view.`;
  const parts = [...new Set(speakers.map((s) => REPORTING_STYLE[s.reported].whose(s)))];
  return `${opinion}: ${parts.join('; ')}. Not established fact.`;
}

export function speakerLine(speaker: SpeakerView): { name: string; value: string } {
  const style = STANCE_STYLE[speaker.stance.label];
  return {
    name: `${style.emoji} ${speaker.name}`,
    value: `*${describeStance(speaker.stance.label, speaker)}* · ${REPORTING_STYLE[speaker.reported].line(speaker)}\n${speaker.stance.summary}`,
  };
}
