import { EmbedBuilder } from '@discordjs/builders';
import { paragraphRef } from '../article/numbering.ts';
import type { ArticleMeta } from '../core.ts';
import type { WhoSaid } from '../search/ask.ts';
import type { Reported } from '../search/who-said.ts';
import { footer, questionTitle } from './ask-reply.ts';
import { clip, LIMITS } from './limits.ts';
import { escapeMarkdown } from './markdown.ts';
import { paragraphHeading } from './paragraph-label.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { describeStance, STANCE_STYLE } from './stance-style.ts';
import { tooLongContent } from './too-long.ts';

/** How the article gives the words, said so that reported speech is never passed off as a quotation. */
export const REPORTED_TEXT: Record<Reported, string> = {
  quoted: 'Quoted: the article puts these words in quotation marks.',
  claimed: 'Reported claim: their own statement, as the article reports it; not a quotation.',
  paraphrased: 'Paraphrased: reported speech in the author’s words, not a quotation.',
  attributed: 'Attributed: a view the author ascribes to them, not their words.',
  own: 'The author’s own words: no one else is reported here.',
};

/** The sentence with the words of the phrase that were found in it in bold. */
function markedSentence(said: WhoSaid): string {
  const { sentence, hits } = said.match!;
  const starts = new Set(hits.map((h) => h.at));
  const terms = sentence.terms.filter((t) => starts.has(t.start));
  let out = '';
  let at = sentence.start;
  for (const t of terms) {
    out += `${escapeMarkdown(sentence.paragraph.text.slice(at, t.start))}**${escapeMarkdown(sentence.paragraph.text.slice(t.start, t.end))}**`;
    at = t.end;
  }
  return out + escapeMarkdown(sentence.paragraph.text.slice(at, sentence.end));
}

/** "who said …" in /ask: the sentence, its speaker and how the article reports it, or that no sentence says it. */
export function renderWhoSaid(said: WhoSaid, meta: ArticleMeta): ReplyPayload {
  const embed = new EmbedBuilder().setTitle(questionTitle(said.query));
  if (!said.match || !said.speakerView) {
    embed
      .setColor(0x99aab5)
      .setDescription(
        said.phrase
          ? `No sentence in the article says “${escapeMarkdown(clip(said.phrase, 300))}”, even in other words. Try \`/ask\` with what it is about.`
          : 'Type the words after “who said”, e.g. `/ask who said Iran will be the biggest loser`.',
      )
      .setFooter({ text: footer(meta, 'who said · not found') });
    return payload({ ...tooLongContent(said.clipped, 'question'), embeds: [embed.toJSON()], ephemeral: true });
  }
  const speaker = said.speakerView;
  const style = STANCE_STYLE[speaker.stance.label];
  const where = paragraphHeading(paragraphRef(said.match.sentence.paragraph));
  embed
    .setColor(style.colour)
    .setDescription(clip(`> ${markedSentence(said)}`, LIMITS.embedDescription))
    .addFields(
      { name: 'Who said it', value: clip(`${style.emoji} ${speaker.name}`, LIMITS.fieldValue), inline: true },
      { name: 'Where', value: where, inline: true },
      { name: 'How it is reported', value: REPORTED_TEXT[said.reported!] },
      {
        name: 'Word for word?',
        value: said.verbatim
          ? 'Yes: these words stand in the article as you typed them.'
          : 'No: this is the closest sentence; your words differ from the article’s.',
      },
      {
        name: 'Their stance',
        value: clip(`*${describeStance(speaker.stance.label, speaker)}*: ${speaker.stance.summary}`, LIMITS.fieldValue),
      },
    )
    .setFooter({ text: footer(meta, 'who said') });
  return payload({ ...tooLongContent(said.clipped, 'question'), embeds: [embed.toJSON()] });
}
