import { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from '@discordjs/builders';
import type { APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle } from 'discord-api-types/v10';
import type { ArticleMeta } from '../core.ts';
import type { ClaimCheck } from '../search/claim-check.ts';
import { footer, markExcerpt, where } from './ask-reply.ts';
import { clip, LIMITS } from './limits.ts';
import { escapeMarkdown } from './markdown.ts';
import { payload, type ReplyPayload } from './payload.ts';
import { encodeButtonId } from './custom-id.ts';
import { describeStance, STANCE_STYLE } from './stance-style.ts';
import { tooLongContent } from './too-long.ts';
import { whoseView } from './whose-view.ts';

const VERDICT_STYLE = {
  supported: { colour: 0x2ecc71, lead: '✅ **The article says this.**' },
  contradicted: { colour: 0xe74c3c, lead: '❌ **The article says otherwise.**' },
  unaddressed: { colour: 0x99aab5, lead: '➖ **The article does not address this.**' },
} as const;

/** "you wrote “win”; the article says “loser”", or the negation one side has and the other lacks. */
function conflictText(check: ClaimCheck): string {
  const c = check.conflict;
  if (!c) return '';
  if (c.claim && c.article)
    return ` You wrote “${escapeMarkdown(c.claim)}”; the article says “${escapeMarkdown(c.article)}”.`;
  return c.claim ? ' Your message denies what the article says.' : ' The article denies what your message says.';
}

/** "…, but as what some in the Iranian regime say, not the author": the view the message gave to someone else. */
function heldByText(check: ClaimCheck): string {
  const h = check.heldBy;
  if (!h) return '';
  // A group named by a common word reads in a sentence lower-case: "the view of some in the Iranian regime".
  const speaker = h.speaker.replace(/^(Some|Many|Other|Unnamed|Unspecified)\b/, (w) => w.toLowerCase());
  const whose = /s$/.test(h.claimed) ? `${h.claimed}'` : `${h.claimed}'s`;
  return ` **But not as ${escapeMarkdown(whose)} view:** it gives it as the view of ${escapeMarkdown(speaker)}.`;
}

/**
 * "Check against the op-ed": the verdict first, then the passage, who says it and with what
 * stance. Private to the member who asked; the Share button posts it for the channel.
 */
export function renderCheck(check: ClaimCheck, meta: ArticleMeta): ReplyPayload {
  const style = VERDICT_STYLE[check.verdict];
  const embed = new EmbedBuilder()
    .setTitle(clip(`💬 “${escapeMarkdown(check.claim)}”`, LIMITS.embedTitle))
    .setColor(style.colour);
  const shown = check.passage ?? check.closest;
  const lead =
    check.verdict === 'unaddressed'
      ? `${style.lead}${shown ? ' The closest it comes:' : ''}`
      : `${style.lead}${conflictText(check)}${heldByText(check)}`;
  embed.setDescription(clip(shown ? `${lead}\n> ${markExcerpt(shown.excerpt)}` : lead, LIMITS.embedDescription));
  if (shown) {
    const speaker = check.speaker;
    embed.addFields(
      { name: 'Where', value: where(shown, meta), inline: true },
      ...(speaker
        ? [
            {
              name: 'Who says it',
              value: clip(`${STANCE_STYLE[speaker.stance.label].emoji} ${speaker.name}`, LIMITS.fieldValue),
              inline: true,
            },
            {
              name: 'Their stance',
              value: clip(
                `*${describeStance(speaker.stance.label, speaker)}*: ${speaker.stance.summary}`,
                LIMITS.fieldValue,
              ),
            },
          ]
        : []),
      { name: 'Whose view', value: clip(whoseView(speaker ? [speaker] : shown.voices, meta), LIMITS.fieldValue) },
    );
  }
  embed.setFooter({ text: footer(meta, `check · ${check.verdict}`) });
  const share = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(encodeButtonId({ kind: 'share' }))
      .setLabel('Share in channel')
      .setStyle(ButtonStyle.Primary),
  );
  return payload({
    ...tooLongContent(check.clipped, 'message'),
    embeds: [embed.toJSON()],
    components: [share.toJSON()],
    ephemeral: true,
  });
}

export function renderNoText(): ReplyPayload {
  return payload({
    content:
      'That message has no text to check: only images, embeds, stickers or attachments. Pick a message with words in it, or use `/ask`.',
    ephemeral: true,
  });
}

/** Share: the private check posted for the channel as it was, naming who shared it; nothing pings. */
export function renderShared(embeds: readonly APIEmbed[], sharer: string): ReplyPayload {
  return payload({
    content: clip(`📣 Shared by ${escapeMarkdown(sharer)}: what the op-ed says about this message`, LIMITS.content),
    embeds: embeds.slice(0, 1).map((e) => ({ ...e })),
  });
}
