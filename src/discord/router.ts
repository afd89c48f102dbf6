import { randomBytes } from 'node:crypto';
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { CommandModule } from './command-module.ts';
import { renderError, renderUnknownInteraction } from '../render/notice-reply.ts';
import type { Logger } from '../logger.ts';
import { interactionActivity } from './interaction-activity.ts';
import { isExpiredCallback } from './interaction-window.ts';
import { replyOptions } from './reply-options.ts';

type Outcome = 'ok' | 'unknown' | 'error' | 'expired';

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isContextMenuCommand()) return `menu "${interaction.commandName}"`;
  if (interaction.isAutocomplete()) return `/${interaction.commandName} autocomplete`;
  if (interaction.isButton()) return `button ${interaction.customId.split(':').slice(0, 2).join(':')}`;
  return `interaction type ${interaction.type}`;
}

async function sendPrivately(interaction: RepliableInteraction, reply: ReturnType<typeof renderError>): Promise<void> {
  const options = replyOptions(reply);
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

/**
 * Sends each interaction to its command module. A failure in a handler becomes a private
 * "something went wrong (ref …)" reply with the full error logged under that ref; nothing throws out.
 */
export function createRouter(commands: readonly CommandModule[], logger: Logger) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const byButton = commands.flatMap((c) => (c.buttonPrefixes ?? []).map((prefix) => [prefix, c] as const));

  async function dispatch(interaction: Interaction): Promise<Outcome> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command?.execute) return 'unknown';
      await command.execute(interaction);
      return 'ok';
    }
    if (interaction.isMessageContextMenuCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command?.message) return 'unknown';
      await command.message(interaction);
      return 'ok';
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (!command?.autocomplete) {
        await interaction.respond([]);
        return 'unknown';
      }
      await command.autocomplete(interaction);
      return 'ok';
    }
    if (interaction.isButton()) {
      const command = byButton.find(([prefix]) => interaction.customId.startsWith(prefix))?.[1];
      if (!command?.button) return 'unknown';
      await command.button(interaction);
      return 'ok';
    }
    return 'unknown';
  }

  /** A handler threw: tell the member privately under a ref, unless Discord has already dropped the interaction. */
  async function reportFailure(interaction: Interaction, error: unknown): Promise<{ outcome: Outcome; ref?: string }> {
    if (isExpiredCallback(error)) {
      logger.warn(
        { command: describe(interaction), interaction: interaction.id },
        "interaction expired: its first response could not be sent within Discord's 3 s window",
      );
      return { outcome: 'expired' };
    }
    const ref = randomBytes(3).toString('hex').toUpperCase();
    logger.error({ ref, err: error, command: describe(interaction) }, 'interaction handler failed');
    if (interaction.isRepliable()) {
      await sendPrivately(interaction, renderError(ref)).catch((replyError: unknown) =>
        logger.warn({ ref, err: replyError }, 'could not send the error reply'),
      );
    }
    return { outcome: 'error', ref };
  }

  return async function route(interaction: Interaction): Promise<Outcome> {
    const started = performance.now();
    let outcome: Outcome;
    let ref: string | undefined;
    interactionActivity.began();
    try {
      outcome = await dispatch(interaction);
      if (outcome === 'unknown' && interaction.isRepliable())
        await sendPrivately(interaction, renderUnknownInteraction());
    } catch (error) {
      ({ outcome, ref } = await reportFailure(interaction, error));
    } finally {
      interactionActivity.settled();
    }
    logger.info(
      {
        command: describe(interaction),
        guild: interaction.guildId ?? 'dm',
        user: interaction.user.id,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        outcome,
        ...(ref ? { ref } : {}),
      },
      'interaction',
    );
    return outcome;
  };
}
