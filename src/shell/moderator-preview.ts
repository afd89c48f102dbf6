import { summaryToPin, summaryToPost, type ButtonMessage } from '../command-replies.ts';
import type { Core } from '../core.ts';
import { renderModerationOutcome, type ModerationOutcome } from '../render/moderation-reply.ts';
import type { ReplyPayload } from '../render/payload.ts';
import { payloadToText } from '../render/terminal.ts';

// The shell has no channel and no token, so moderator commands are previews: the message the bot
// would post and the private answer the moderator would read, from the same renderers. Nothing is
// sent anywhere.

/** Stands in for the message link Discord would give; there is no message. */
const NO_LINK = '<link to the message>';

/** What the shell prints for a preview, and the message whose buttons can be pressed next. */
export interface Preview {
  text: string;
  message: ReplyPayload;
}

function previewText(
  parts: { what: string; nothing: string; would: string; posted?: ReplyPayload; outcome: ModerationOutcome },
  colour: boolean,
): string {
  return [
    `PREVIEW of ${parts.what}: ${parts.nothing} (the shell is not in a Discord channel).`,
    `In a server channel, a moderator (Pin Messages permission) would ${parts.would}\n`,
    ...(parts.posted ? [payloadToText(parts.posted, { colour, numberButtons: true })] : []),
    'The moderator would read, privately:\n',
    payloadToText(renderModerationOutcome(parts.outcome), { colour }),
  ].join('\n');
}

/** /summary-post: the public message as it would stand once posted (and pinned), and the moderator's answer. */
export function summaryPostPreview(core: Core, partId: string | undefined, pin: boolean, colour: boolean): Preview {
  const message = summaryToPost(core, partId).render({ pinned: pin });
  const text = previewText(
    {
      what: `/summary-post${pin ? ' pin:true' : ''}`,
      nothing: 'nothing is posted',
      would: `post this message${pin ? ' and pin it' : ''}; if that channel already has this summary pinned, the pinned copy is updated in place instead.`,
      posted: message,
      outcome: { kind: 'posted', url: NO_LINK, pinned: pin },
    },
    colour,
  );
  return { text, message };
}

/** Pin on a posted summary: its button turns to Pinned, and the moderator is told privately. */
export function pinPreview(core: Core, customId: string, message: ButtonMessage, colour: boolean): Preview {
  const text = previewText(
    {
      what: 'pressing Pin',
      nothing: 'nothing is pinned',
      would:
        'pin this summary, and its button would turn to “Pinned”; anyone else is told privately they lack the permission.',
      outcome: { kind: 'posted', url: NO_LINK, pinned: true },
    },
    colour,
  );
  return { text, message: summaryToPin(core, customId, message).render({ pinned: true }) };
}

/** /summary-unpin: the bot's pinned copy of the part is unpinned; the message stays. */
export function summaryUnpinPreview(core: Core, partId: string | undefined, colour: boolean): Preview {
  const { part } = summaryToPost(core, partId);
  const outcome: ModerationOutcome = { kind: 'unpinned', url: NO_LINK, title: part.title };
  const text = previewText(
    {
      what: '/summary-unpin',
      nothing: 'nothing is unpinned',
      would: `unpin the bot’s pinned “${part.title}” summary there, if it has one; the message stays, with its Pin button live again.`,
      outcome,
    },
    colour,
  );
  return { text, message: renderModerationOutcome(outcome) };
}
