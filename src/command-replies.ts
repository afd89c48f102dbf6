import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { renderCheck, renderNoText, renderShared } from './render/check-reply.ts';
import { checkClaim } from './search/claim-check.ts';
import type { SummaryPart } from './article/summary-schema.ts';
import type { Core } from './core.ts';
import { questionFromTitle, renderAskReply, renderOtherSide, renderWholeParagraph } from './render/ask-reply.ts';
import { findOtherSide } from './search/other-side.ts';
import { buttonOfKind } from './render/custom-id.ts';
import { clip } from './render/limits.ts';
import { escapeMarkdown } from './render/markdown.ts';
import { renderNotice } from './render/notice-reply.ts';
import type { ReplyPayload } from './render/payload.ts';
import { partOfMessage, renderSummary, summaryMessage, type RenderSummary } from './render/summary-reply.ts';
import { renderWhoSaid } from './render/who-said-reply.ts';
import { renderPersonCard, renderWhoReply } from './render/who-reply.ts';
import { summaryPart } from './summaries.ts';

// What each command and button answers, from the core alone (Discord's side of posting and pinning
// stays in src/discord/). The Discord command modules and the local shell both call these, so the
// shell shows what the bot would post.

/**
 * /ask: the best passage, first page; `isPrivate` shows it only to the asker; `speaker` (an id from
 * autocomplete, or a name typed past it) keeps the answer to what that person or group says.
 */
export function askReply(core: Core, question: string, isPrivate = false, speaker?: string | null): ReplyPayload {
  const speakerId = speaker ? speakerIdOf(core, speaker) : undefined;
  if (speaker && !speakerId) {
    return renderNotice(
      `“${escapeMarkdown(clip(speaker, 100))}” does not speak anywhere in the article, so there is nothing of theirs to answer from. Pick a speaker from the list, or look them up with \`/who\`.`,
    );
  }
  const response = core.search.respond(question, speakerId);
  const reply =
    'said' in response ? renderWhoSaid(response.said, core.meta) : renderAskReply(response.answer, core.meta);
  return isPrivate ? { ...reply, flags: MessageFlags.Ephemeral } : reply;
}

/** A speaker as typed into `speaker:`: the id autocomplete sends, or a name that finds someone who speaks. */
function speakerIdOf(core: Core, typed: string): string | undefined {
  const speaking = core.search.speakers;
  if (speaking.includes(typed)) return typed;
  const match = core.people.who(typed).match;
  return match && speaking.includes(match.id) ? match.id : undefined;
}

/** Autocomplete for `speaker:`: the article's speakers whose name fits what has been typed, all of them when nothing is. */
export function speakerChoices(core: Core, typed: string): Array<{ name: string; value: string }> {
  const speaking = core.search.speakers;
  const fitting =
    typed.trim() === ''
      ? speaking.map((id) => ({ name: core.corpus.actorsById.get(id)?.name ?? id, value: id }))
      : core.people.complete(typed).filter((choice) => speaking.includes(choice.value));
  return fitting.slice(0, 25);
}

/** /who: the card, what a place is, or "not in the article" with any near names. */
export function whoReply(core: Core, name: string): ReplyPayload {
  return renderWhoReply(core.people.who(name), core.people, core.meta);
}

/** /summary: a part (the article in brief by default), shown only to the reader and with no Pin button. */
export function summaryReply(core: Core, partId: string | null | undefined): ReplyPayload {
  return renderSummary(summaryPart(core.corpus, partId), core.corpus, core.meta, {
    ephemeral: true,
    pinButton: 'none',
  });
}

/** /summary-post and Pin: the part, and its public message in either pin state. */
export function summaryToPost(
  core: Core,
  partId: string | null | undefined,
): { part: SummaryPart; render: RenderSummary } {
  const part = summaryPart(core.corpus, partId);
  return { part, render: summaryMessage(part, core.corpus, core.meta) };
}

/** Pin on a posted summary: the part its footer names (the custom id's part if the footer is gone). */
export function summaryToPin(
  core: Core,
  customId: string,
  message: ButtonMessage,
): { part: SummaryPart; render: RenderSummary } {
  return summaryToPost(core, partOfMessage(message) ?? buttonOfKind(customId, 'pin')?.partId);
}

/** A pressed reader's button: the message it sits on, updated, or a private notice when it has gone stale. */
export type ButtonReply = { update: ReplyPayload } | { notice: ReplyPayload };

/** The message a button sits on, as much as its handler reads: discord.js messages and API payloads both fit. */
export interface ButtonMessage {
  embeds: ReadonlyArray<{ title?: string | null; footer?: { text?: string } | null }>;
}

/** More matches, Previous, Whole paragraph and Other side re-run the question shown in the reply: no state between clicks. */
export function askButtonReply(core: Core, customId: string, message: ButtonMessage): ButtonReply {
  const question = questionFromTitle(message.embeds[0]?.title ?? undefined);
  const button = buttonOfKind(customId, 'ask');
  if (question === undefined || button === undefined) {
    return { notice: renderNotice('This answer can no longer be paged. Run `/ask` again.') };
  }
  if (button.view === 'other') {
    return { update: renderOtherSide(findOtherSide(core.search, question, button.page, button.speaker), core.meta) };
  }
  const answer = core.search.ask(question, button.speaker);
  return {
    update:
      button.view === 'whole'
        ? renderWholeParagraph(answer, core.meta, button.page)
        : renderAskReply(answer, core.meta, button.page),
  };
}

/** "Show X" on a "did you mean" reply swaps in X's card. */
export function whoButtonReply(core: Core, customId: string): ButtonReply {
  const actor = core.corpus.actorsById.get(buttonOfKind(customId, 'who')?.actorId ?? '');
  if (!actor) return { notice: renderNotice('That person is no longer in my data. Try `/who` again.') };
  return { update: renderPersonCard(actor, core.people, core.meta) };
}

/** "Check against the op-ed": a message's text checked against the article, privately; a message with no text is told so. */
export function checkReply(core: Core, text: string): ReplyPayload {
  if (text.trim() === '') return renderNoText();
  return renderCheck(checkClaim(core.search, text), core.meta);
}

/** Share on a private check: its embed posted for the channel, naming who shared it; a notice if the embed is gone. */
export function shareCheckReply(
  message: { embeds: ReadonlyArray<{ toJSON(): APIEmbed } | APIEmbed> },
  sharer: string,
): ReplyPayload {
  const embeds = message.embeds.map((e) => ('toJSON' in e ? e.toJSON() : e));
  if (embeds.length === 0)
    return renderNotice('This check can no longer be shared. Run “Check against the op-ed” again.');
  return renderShared(embeds, sharer);
}
