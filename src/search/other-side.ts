import type { StanceLabel } from '../article/schema.ts';
import type { ArticleSearch, AskAnswer, AskResult, SpeakerView } from './ask.ts';

/** Labels that take no side: describing, being named, the publisher's disclaimer. */
const NO_SIDE: ReadonlySet<StanceLabel> = new Set(['describes', 'not-quoted', 'disclaims']);

export interface OtherSide {
  answer: AskAnswer;
  /** The page the button was pressed on, and the passage it showed. */
  page: number;
  shown: AskResult | undefined;
  /** The stances the shown passage gives. */
  shownStances: StanceLabel[];
  /** The closest passage on the subject from a speaker with another stance, or null when the article gives one side. */
  other: AskResult | null;
  speaker: SpeakerView | null;
}

/**
 * "Other side" on an /ask answer: among every passage on the question's subject, best first, the
 * first speaker who takes a side other than the stances the shown passage gives. A passage can
 * hold both sides (Russian officials and the analysts in ¶ 2); it is then excerpted in the other.
 */
export function findOtherSide(search: ArticleSearch, query: string, page: number, speaker?: string): OtherSide {
  const answer = search.ask(query, speaker);
  const shown = answer.results[Math.min(Math.max(page, 0), answer.results.length - 1)];
  const shownStances = [...new Set((shown?.voices ?? []).map((v) => v.stance.label))];
  const shownIds = new Set((shown?.voices ?? []).map((v) => v.id));
  const differs = (view: SpeakerView): boolean =>
    !NO_SIDE.has(view.stance.label) && !shownStances.includes(view.stance.label) && !shownIds.has(view.id);
  const none = { answer, page, shown, shownStances, other: null, speaker: null };
  if (!shown) return none;
  // A question with nothing to search for ("what's in paragraph 4") has the shown passage as its subject.
  const onSubject = search.passagesOn(answer.query);
  const passages = onSubject.length > 0 ? onSubject : [shown];
  for (const passage of passages) {
    for (const view of search.speakersOf(passage.paragraph).filter(differs)) {
      const other =
        onSubject.length > 0
          ? search.passagesOn(answer.query, view.id).find((r) => r.paragraph.id === passage.paragraph.id)
          : search.passageIn(answer.query, passage.paragraph, view.id);
      // The excerpt must be in their voice: a paragraph naming them may answer in someone else's.
      if (other?.voices.some((v) => v.id === view.id)) return { ...none, other, speaker: view };
    }
  }
  return none;
}
