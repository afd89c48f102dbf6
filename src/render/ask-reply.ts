import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import { ButtonStyle } from 'discord-api-types/v10';
import type { ArticleMeta } from '../core.ts';
import type { AskAnswer, AskResult } from '../search/ask.ts';
import type { ExcerptPart } from '../search/excerpt.ts';
import { clip, LIMITS } from './limits.ts';
import { escapeMarkdown, unescapeMarkdown } from './markdown.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { STANCE_STYLE } from './stance-style.ts';
import { speakerLine, whoseView } from './whose-view.ts';

/** Speakers shown as fields; the rest are counted so the embed stays readable and within limits. */
const MAX_SPEAKER_FIELDS = 5;
const NEUTRAL_COLOUR = 0x5865f2;

export const ASK_BUTTON = { page: 'ask:page', whole: 'ask:whole' } as const;

export function markExcerpt(parts: ExcerptPart[]): string {
  return parts.map((p) => (p.match ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text))).join('');
}

/** Ends a title whose question had to be cut: paging must not re-run a different question. */
const CUT_MARK = ' (shortened)';

function questionTitle(query: string): string {
  const full = `❓ ${escapeMarkdown(query)}`;
  return Array.from(full).length <= LIMITS.embedTitle
    ? full
    : `${clip(full, LIMITS.embedTitle - CUT_MARK.length)}${CUT_MARK}`;
}

/** Recovers the question from a reply's title, so buttons work with no state kept between clicks. */
export function questionFromTitle(title: string | undefined): string | undefined {
  if (!title?.startsWith('❓ ') || title.endsWith(CUT_MARK)) return undefined;
  return unescapeMarkdown(title.slice(2));
}

function where(result: AskResult, meta: ArticleMeta): string {
  const { paragraph } = result;
  const place =
    result.section ??
    {
      title: 'Title',
      byline: 'Byline',
      body: 'Opening',
      bio: 'About the author',
      disclaimer: "Publisher's disclaimer",
    }[paragraph.kind];
  return `¶ ${paragraph.number} of ${meta.paragraphCount} · ${escapeMarkdown(place)}`;
}

function footer(meta: ArticleMeta, extra: string): string {
  return clip(`Opinion column · “${meta.title}” · ${meta.author}, ${meta.outlet} · ${extra}`, LIMITS.footerText);
}

function resultEmbed(answer: AskAnswer, index: number, meta: ArticleMeta, body: string): EmbedBuilder {
  const result = answer.results[index]!;
  const lead = result.speakers[0];
  const fields = result.speakers.slice(0, MAX_SPEAKER_FIELDS).map((s) => {
    const line = speakerLine(s);
    return { name: clip(line.name, LIMITS.fieldName), value: clip(line.value, LIMITS.fieldValue) };
  });
  const hidden = result.speakers.length - fields.length;
  return new EmbedBuilder()
    .setTitle(questionTitle(answer.query))
    .setColor(lead ? STANCE_STYLE[lead.stance.label].colour : NEUTRAL_COLOUR)
    .setDescription(clip(body, LIMITS.embedDescription))
    .addFields(
      { name: 'Where', value: where(result, meta), inline: true },
      { name: 'Whose view', value: clip(whoseView(result.speakers, meta), LIMITS.fieldValue) },
      ...fields,
      ...(hidden > 0 ? [{ name: 'More speakers', value: `${hidden} more in this paragraph.` }] : []),
    )
    .setFooter({ text: footer(meta, `match ${index + 1} of ${answer.results.length} · score ${result.score}`) });
}

function buttons(answer: AskAnswer, index: number, showingWhole: boolean): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`${ASK_BUTTON.page}:${Math.max(index - 1, 0)}:prev`)
      .setLabel('Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(index === 0),
    new ButtonBuilder()
      .setCustomId(`${ASK_BUTTON.page}:${index + 1}:more`)
      .setLabel('More matches')
      .setStyle(ButtonStyle.Primary)
      .setDisabled(index + 1 >= answer.results.length),
    new ButtonBuilder()
      .setCustomId(`${ASK_BUTTON.whole}:${index}`)
      .setLabel(showingWhole ? 'Showing whole paragraph' : 'Whole paragraph')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(showingWhole),
  );
}

/** The /ask reply: one result per page, the matched words marked, with whose view it is. */
export function renderAskReply(answer: AskAnswer, meta: ArticleMeta, page = 0): ReplyPayload {
  if (answer.results.length === 0) return renderNoAnswer(answer, meta);
  const index = Math.min(Math.max(page, 0), answer.results.length - 1);
  const body = `> ${markExcerpt(answer.results[index]!.excerpt)}`;
  return payload({
    embeds: [resultEmbed(answer, index, meta, body).toJSON()],
    components: [buttons(answer, index, false).toJSON()],
  });
}

/** The same page with the whole paragraph in place of the excerpt. */
export function renderWholeParagraph(answer: AskAnswer, meta: ArticleMeta, page: number): ReplyPayload {
  const index = Math.min(Math.max(page, 0), answer.results.length - 1);
  const result = answer.results[index];
  if (!result) return renderNoAnswer(answer, meta);
  const body = markExcerpt(result.marked);
  return payload({
    embeds: [resultEmbed(answer, index, meta, `> ${body}`).toJSON()],
    components: [buttons(answer, index, true).toJSON()],
  });
}

const NO_ANSWER_TEXT: Record<NonNullable<AskAnswer['reason']>, string> = {
  empty: 'Type a question about the article after `/ask`.',
  'no-search-words': 'That question has no words to search for. Try naming what you want to know about.',
  'not-in-article':
    'Nothing in the article answers that. It is an opinion column about Iran, Russia and their alliance in Syria.',
};

export function renderNoAnswer(answer: AskAnswer, meta: ArticleMeta): ReplyPayload {
  const reason = answer.reason ?? 'not-in-article';
  const embed = new EmbedBuilder()
    .setTitle(answer.query ? questionTitle(answer.query) : 'Ask about the article')
    .setColor(0x99aab5)
    .setDescription(NO_ANSWER_TEXT[reason])
    .addFields(
      {
        name: 'Try asking about',
        value: [
          ...meta.sections.map((s) => `• ${escapeMarkdown(s)}`),
          '• who will lose most in Syria',
          '• what Iranian officials and analysts say about Russia',
        ].join('\n'),
      },
      { name: 'Looking for a person?', value: 'Use `/who` with a name, e.g. `/who Abadi` or `/who Putin`.' },
    )
    .setFooter({ text: footer(meta, 'no match') });
  return payload({ embeds: [embed.toJSON()], ephemeral: true });
}
