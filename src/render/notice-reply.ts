import { EmbedBuilder } from '@discordjs/builders';
import type { ArticleMeta } from '../core.ts';
import { clip, LIMITS } from './limits.ts';
import { payload, type ReplyPayload } from './payload.ts';

/** Short private notices: cooldowns, errors, stale buttons. Always ephemeral, never pinging. */
export function renderNotice(text: string): ReplyPayload {
  return payload({ content: clip(text, LIMITS.content), ephemeral: true });
}

export function renderCooldown(waitMs: number, nowMs: number): ReplyPayload {
  const retryAt = Math.ceil((nowMs + waitMs) / 1000);
  return renderNotice(`⏳ You're asking quickly. Try again <t:${retryAt}:R> (in ${Math.ceil(waitMs / 1000)} s).`);
}

export function renderError(ref: string): ReplyPayload {
  return renderNotice(
    `⚠️ Something went wrong on my side (ref ${ref}). Please try again; if it keeps happening, tell a moderator this ref.`,
  );
}

export function renderUnknownInteraction(): ReplyPayload {
  return renderNotice('This command or button is no longer available. Try `/ask` or `/who` again.');
}

/** /about: what the bot is, the article, and the commands. */
export function renderAbout(meta: ArticleMeta): ReplyPayload {
  const embed = new EmbedBuilder()
    .setTitle('About oped-bot')
    .setColor(0x5865f2)
    .setDescription(
      clip(
        `I answer questions about one opinion column, quoting the article and saying whose view each passage gives.`,
        LIMITS.embedDescription,
      ),
    )
    .addFields(
      { name: 'Article', value: clip(`“${meta.title}”`, LIMITS.fieldValue) },
      { name: 'Author', value: meta.author, inline: true },
      { name: 'Outlet', value: meta.outlet, inline: true },
      { name: 'Published', value: meta.published, inline: true },
      { name: 'Kind', value: 'Opinion column: its claims are the author’s views or views he attributes to others.' },
      {
        name: 'Commands',
        value: [
          '`/ask question` — the passage that answers it, who speaks there and their stance (`private: true` to see it alone; `speaker:` keeps to one speaker; **Other side** shows another stance)',
          '`/ask who said …` — who says it in the article, and whether quoted, paraphrased or the author’s own',
          '**Check against the op-ed** — right-click a message → Apps: what the article says about it, privately, with a Share button',
          '`/who name` — a person or group named in the article: role, stance, where they appear',
          '`/about` — this message',
        ].join('\n'),
      },
    )
    .setFooter({ text: `${meta.paragraphCount} paragraphs · ${meta.sections.length} sections` });
  return payload({ embeds: [embed.toJSON()] });
}
