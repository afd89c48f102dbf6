import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import { ButtonStyle } from 'discord-api-types/v10';
import type { Corpus } from '../article/load.ts';
import type { SummaryPart, SummarySentence } from '../article/summary-schema.ts';
import type { ArticleMeta } from '../core.ts';
import { clip, LIMITS } from './limits.ts';
import { escapeMarkdown } from './markdown.ts';
import { paragraphLabel } from './paragraph-label.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { encodeButtonId } from './custom-id.ts';
import { STANCE_STYLE } from './stance-style.ts';

/**
 * Marks the bot's own summary messages so it can find its pinned copy of a part again after a
 * restart, with no database: the footer ends with this tag and the part id.
 */
const PART_TAG = 'summary:';

export function partTag(partId: string): string {
  return `${PART_TAG}${partId}`;
}

/** The part id a summary message carries, if it is one of the bot's summaries. */
export function partOfMessage(message: {
  embeds?: ReadonlyArray<{ footer?: { text?: string } | null }>;
}): string | undefined {
  const footer = message.embeds?.[0]?.footer?.text ?? '';
  return /summary:([a-z0-9-]+)$/.exec(footer)?.[1];
}

const VOICE_MARK: Record<SummarySentence['voice'], string> = {
  author: '🗣️ *Author’s view:*',
  attributed: '📣 *Attributed:*',
  fact: '•',
};

function cites(sentence: SummarySentence): string {
  return sentence.cites.map(paragraphLabel).join(', ');
}

function sentenceLine(sentence: SummarySentence, part: SummaryPart, corpus: Corpus): string {
  const text = `${escapeMarkdown(sentence.text)} (${cites(sentence)})`;
  if (part.kind === 'who-stands-where') {
    const actor = sentence.actors.length === 1 ? corpus.actorsById.get(sentence.actors[0]!) : undefined;
    return `${actor ? STANCE_STYLE[actor.stance.label].emoji : '•'} ${text}`;
  }
  if (part.kind === 'key-claims') return `${VOICE_MARK[sentence.voice]} ${text}`;
  return text;
}

/** A summary part as a message: every sentence with its paragraph citations, labelled as opinion. */
export function renderSummary(
  part: SummaryPart,
  corpus: Corpus,
  meta: ArticleMeta,
  options: { ephemeral: boolean; pinButton: 'none' | 'pin' | 'pinned' },
): ReplyPayload {
  const separator = part.kind === 'who-stands-where' || part.kind === 'key-claims' ? '\n' : '\n\n';
  const body = part.sentences.map((s) => sentenceLine(s, part, corpus)).join(separator);
  const embed = new EmbedBuilder()
    .setAuthor({ name: clip(`Summary of an opinion column · ${meta.outlet}`, LIMITS.authorName) })
    .setTitle(clip(`📌 ${part.title}`, LIMITS.embedTitle))
    .setColor(0x5865f2)
    .setDescription(clip(body, LIMITS.embedDescription))
    .addFields(
      { name: 'Article', value: clip(`“${meta.title}” by ${meta.author}, ${meta.outlet}`, LIMITS.fieldValue) },
      {
        name: 'Read with care',
        value:
          'This is an opinion piece: its claims are the author’s views or views he attributes to others. ¶ numbers count the body paragraphs, from the first after the byline — follow up with `/ask`.',
      },
    )
    .setFooter({ text: `oped-bot · ${partTag(part.id)}` });
  const components =
    options.pinButton === 'none'
      ? []
      : [
          new ActionRowBuilder<ButtonBuilder>()
            .addComponents(
              new ButtonBuilder()
                .setCustomId(encodeButtonId({ kind: 'pin', partId: part.id }))
                .setLabel(options.pinButton === 'pinned' ? 'Pinned' : 'Pin')
                .setEmoji({ name: '📌' })
                .setStyle(ButtonStyle.Secondary)
                .setDisabled(options.pinButton === 'pinned'),
            )
            .toJSON(),
        ];
  return payload({ embeds: [embed.toJSON()], components, ephemeral: options.ephemeral });
}

/** Renders a part's public message; `pinned` decides whether its button reads "Pinned" or offers "Pin". */
export type RenderSummary = (state: { pinned: boolean }) => ReplyPayload;

export function summaryMessage(part: SummaryPart, corpus: Corpus, meta: ArticleMeta): RenderSummary {
  return ({ pinned }) => renderSummary(part, corpus, meta, { ephemeral: false, pinButton: pinned ? 'pinned' : 'pin' });
}
