import type { Client } from 'discord.js';
import { readConfig } from '../../src/config.ts';
import { createCore, type Core } from '../../src/core.ts';
import { setBotContext } from '../../src/discord/bot-context.ts';
import { startGatewayBot } from '../../src/discord/gateway-bot.ts';
import { createLogger } from '../../src/logger.ts';
import type { RecordedCall, StandIn } from './stand-in/index.ts';
import { startStandIn } from './stand-in/index.ts';
import { commands } from '../../commands/index.ts';

export interface RunningBot {
  standIn: StandIn;
  client: Client;
  core: Core;
  logs: string[];
  stop(): Promise<void>;
}

/** Our real gateway runtime, logged in to the stand-in; logs are captured for assertions. */
export async function startBotAgainstStandIn(
  options: { askCooldownSeconds?: number; standIn?: StandIn } = {},
): Promise<RunningBot> {
  const standIn = options.standIn ?? (await startStandIn());
  const core = createCore();
  setBotContext(core, options.askCooldownSeconds ?? 0);
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) } as unknown as NodeJS.WritableStream);
  const config = readConfig({ DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.restBase });
  const { client } = await startGatewayBot({ ...config, DISCORD_TOKEN: standIn.token }, logger, commands);
  return {
    standIn,
    client,
    core,
    logs,
    async stop() {
      await client.destroy();
      // A stand-in passed in belongs to the caller, who may restart the bot against it.
      if (!options.standIn) await standIn.close();
    },
  };
}

export const callbackOf =
  (interactionId: string) =>
  (call: RecordedCall): boolean =>
    call.method === 'POST' &&
    call.path.startsWith(`/api/v10/interactions/${interactionId}/`) &&
    call.path.endsWith('/callback');

export const followUpOf =
  (token: string) =>
  (call: RecordedCall): boolean =>
    call.method === 'POST' && call.path.endsWith(`/${token}`) && call.path.includes('/webhooks/');
