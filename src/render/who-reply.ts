import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import { ButtonStyle } from 'discord-api-types/v10';
import type { Actor, ParagraphRef, Place, PlaceKind } from '../article/schema.ts';
import type { ArticleMeta } from '../core.ts';
import type { Appearance, PeopleLookup, WhoAnswer } from '../search/who.ts';
import { encodeButtonId } from './custom-id.ts';
import { clip, LIMITS } from './limits.ts';
import { escapeMarkdown } from './markdown.ts';
import { paragraphHeading, paragraphInSentence } from './paragraph-label.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { describeStance, OWN_VOICE, STANCE_STYLE } from './stance-style.ts';
import { tooLongContent } from './too-long.ts';

/** Excerpts on a person's card stay short so every paragraph they appear in fits. */
const CARD_EXCERPT_CHARS = 160;
/** Words kept before a name when a long sentence is shown from near it. */
const NAME_LEAD_CHARS = 50;
const PLACE_COLOUR = 0x1abc9c;

/** What a place is, as the reply says it: "Turkey is a country, not a person". */
const PLACE_KIND: Record<PlaceKind, string> = {
  country: 'a country',
  capital: 'a capital city',
  city: 'a city',
  region: 'a region',
  sea: 'a sea',
  nations: 'a group of nations',
};

function footer(meta: ArticleMeta): string {
  return clip(`Opinion column · “${meta.title}” · ${meta.author}, ${meta.outlet}`, LIMITS.footerText);
}

function kindLabel(actor: Actor): string {
  return { person: 'Person', group: 'Group', organisation: 'Organisation' }[actor.kind];
}

/**
 * A paragraph on a card: the sentence that names them, cut to start near the name when the name
 * would fall past the cut, and saying whose words these are where nothing names them.
 */
function appearanceLine(a: Appearance): string {
  const whose = a.ownVoice ? `*${OWN_VOICE}:* ` : '';
  const { sentence, mention } = a;
  const pastCut = mention !== null && sentence.length > CARD_EXCERPT_CHARS && mention.end >= CARD_EXCERPT_CHARS;
  const cutBefore = pastCut ? sentence.lastIndexOf(' ', mention.start - NAME_LEAD_CHARS) + 1 : 0;
  const excerpt = cutBefore > 0 ? `…${sentence.slice(cutBefore)}` : sentence;
  return `**${paragraphHeading(a.paragraph)}** — ${whose}${escapeMarkdown(clip(excerpt, CARD_EXCERPT_CHARS))}`;
}

/** Paragraph lines packed into as many fields as they need, so no paragraph is cut off the card. */
function appearanceFields(lines: string[]): Array<{ name: string; value: string }> {
  const fields: Array<{ name: string; value: string }> = [];
  for (const line of lines) {
    const last = fields.at(-1);
    if (last && last.value.length + 1 + line.length <= LIMITS.fieldValue) last.value += `\n${line}`;
    else
      fields.push({ name: fields.length === 0 ? '' : 'Appears in (continued)', value: clip(line, LIMITS.fieldValue) });
  }
  if (fields[0]) fields[0].name = `Appears in ${lines.length === 1 ? 'paragraph' : 'paragraphs'}`;
  return fields;
}

/** The card for a person or group: role as the article gives it, stance, and where they appear. */
export function renderPersonCard(
  actor: Actor,
  lookup: PeopleLookup,
  meta: ArticleMeta,
  answer?: WhoAnswer,
): ReplyPayload {
  const style = STANCE_STYLE[actor.stance.label];
  const lines = lookup.appearances(actor).map(appearanceLine);
  const embed = new EmbedBuilder()
    .setTitle(clip(`${kindLabel(actor) === 'Person' ? '👤' : '👥'} ${actor.name}`, LIMITS.embedTitle))
    .setColor(style.colour)
    .setDescription(clip(`**In the article:** ${escapeMarkdown(actor.role)}`, LIMITS.embedDescription))
    .addFields(
      { name: 'Country', value: escapeMarkdown(actor.country), inline: true },
      { name: 'Kind', value: kindLabel(actor), inline: true },
      {
        name: `Stance in the article: ${style.emoji} ${describeStance(actor.stance.label, actor)}`,
        value: clip(escapeMarkdown(actor.stance.summary), LIMITS.fieldValue),
      },
      ...(actor.context
        ? [{ name: 'Context (not from the article)', value: clip(escapeMarkdown(actor.context), LIMITS.fieldValue) }]
        : []),
      ...(actor.aliases.length > 0
        ? [{ name: 'Also written', value: clip(actor.aliases.map(escapeMarkdown).join(', '), LIMITS.fieldValue) }]
        : []),
      ...appearanceFields(lines),
      ...(answer?.notToConfuseWith
        ? [
            {
              name: 'Not to be confused with',
              value: clip(escapeMarkdown(answer.notToConfuseWith.note), LIMITS.fieldValue),
            },
          ]
        : []),
    )
    .setFooter({ text: footer(meta) });
  return payload({ embeds: [embed.toJSON()] });
}

function paragraphList(refs: readonly ParagraphRef[]): string {
  const marked = refs.map(paragraphInSentence);
  return marked.length > 1 ? `${marked.slice(0, -1).join(', ')} and ${marked.at(-1)!}` : (marked[0] ?? '');
}

/**
 * A place looked up as if it were a person: say what it is and where the article names it, and
 * point to `/ask`, which answers questions about it (countries "want" things in this article).
 */
export function renderPlaceReply(place: Place, lookup: PeopleLookup, meta: ArticleMeta): ReplyPayload {
  const name = escapeMarkdown(place.name);
  const sentenceStart = name.charAt(0).toUpperCase() + name.slice(1);
  const question =
    place.kind === 'region' || place.kind === 'sea'
      ? `what does the article say about ${place.name}`
      : `what does ${place.name} want`;
  const lines = lookup.placeAppearances(place).map(appearanceLine);
  const embed = new EmbedBuilder()
    .setTitle(clip(`📍 ${place.name}`, LIMITS.embedTitle))
    .setColor(PLACE_COLOUR)
    .setDescription(
      clip(
        `**${sentenceStart}** is ${PLACE_KIND[place.kind]}, not a person — the article mentions it in ${paragraphList(place.paragraphs)}.`,
        LIMITS.embedDescription,
      ),
    )
    .addFields(...appearanceFields(lines), {
      name: 'Ask about it',
      value: clip(`\`/ask ${question}\``, LIMITS.fieldValue),
    })
    .setFooter({ text: footer(meta) });
  return payload({ embeds: [embed.toJSON()] });
}

function nameList(actors: readonly Actor[]): string {
  return clip(actors.map((a) => escapeMarkdown(a.name)).join(', '), LIMITS.fieldValue);
}

/**
 * The /who reply: the card on a match, what a place is when one was named, otherwise "not in
 * the article" with any genuine near names.
 */
export function renderWhoReply(answer: WhoAnswer, lookup: PeopleLookup, meta: ArticleMeta): ReplyPayload {
  const reply = answer.match
    ? renderPersonCard(answer.match, lookup, meta, answer)
    : answer.place
      ? renderPlaceReply(answer.place, lookup, meta)
      : renderNotInArticle(answer, lookup, meta);
  return { ...tooLongContent(answer.clipped, 'name'), ...reply };
}

function renderNotInArticle(answer: WhoAnswer, lookup: PeopleLookup, meta: ArticleMeta): ReplyPayload {
  const asked = escapeMarkdown(clip(answer.query, 100));
  const description = !answer.query
    ? 'Type a name after `/who`, e.g. `/who Abadi`.'
    : answer.absent
      ? `**${asked}** is not in the article. ${escapeMarkdown(answer.absent.note)}`
      : `No one called **${asked}** is named in the article.`;
  const embed = new EmbedBuilder()
    .setTitle('Not in the article')
    .setColor(0x99aab5)
    .setDescription(clip(description, LIMITS.embedDescription))
    .addFields(
      ...(answer.suggestions.length > 0
        ? [{ name: 'Did you mean', value: answer.suggestions.map((a) => `• ${escapeMarkdown(a.name)}`).join('\n') }]
        : [
            { name: 'People in the article', value: nameList(lookup.actors.filter((a) => a.kind === 'person')) },
            {
              name: 'Groups and bodies in the article',
              value: nameList(lookup.actors.filter((a) => a.kind !== 'person')),
            },
          ]),
    )
    .setFooter({ text: footer(meta) });
  const components =
    answer.suggestions.length > 0
      ? [
          new ActionRowBuilder<ButtonBuilder>()
            .addComponents(
              answer.suggestions.slice(0, 5).map((a) =>
                new ButtonBuilder()
                  .setCustomId(encodeButtonId({ kind: 'who', actorId: a.id }))
                  .setLabel(clip(`Show ${a.name}`, LIMITS.buttonLabel))
                  .setStyle(ButtonStyle.Secondary),
              ),
            )
            .toJSON(),
        ]
      : [];
  return payload({ embeds: [embed.toJSON()], components, ephemeral: true });
}
