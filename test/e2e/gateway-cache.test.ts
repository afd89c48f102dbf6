import { ApplicationCommandOptionType, GatewayIntentBits } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { buttonClick, chatInput } from './stand-in/index.ts';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBotAgainstStandIn();
});
afterAll(async () => {
  await bot?.stop();
});

function firstButtonId(message: APIMessage): string {
  const row = message.components?.[0] as { components?: Array<{ custom_id?: string }> } | undefined;
  const id = row?.components?.find((component) => component.custom_id)?.custom_id;
  if (!id) throw new Error('the reply has no button');
  return id;
}

describe('the gateway client’s caches', () => {
  it('keep no member, user or message of the people who ask, only the bot’s own and the guild it serves', async () => {
    const { standIn, client } = bot;
    for (let index = 0; index < 30; index += 1) {
      const user = { id: String(400_000_000_000_000_000n + BigInt(index)), username: `newcomer${index}` };
      const asked = chatInput(standIn, {
        name: 'ask',
        user,
        options: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'Who will lose most?' }],
      });
      standIn.dispatchInteraction(asked);
      await standIn.waitForCall(callbackOf(asked.id));
      if (index % 10 !== 0) continue;
      // A button press carries the message it sits on, which discord.js would otherwise keep per channel.
      const reply = standIn.originalResponse(asked)!;
      const pressed = buttonClick(standIn, { customId: firstButtonId(reply), message: reply, user });
      standIn.dispatchInteraction(pressed);
      expect((await standIn.waitForCall(callbackOf(pressed.id))).status).toBe(204);
    }

    const guild = client.guilds.cache.get(standIn.guildId)!;
    expect([...client.users.cache.keys()]).toEqual([standIn.botUserId]);
    expect([...guild.members.cache.keys()]).toEqual([standIn.botUserId]);
    expect(guild.members.me?.id).toBe(standIn.botUserId);
    const channel = guild.channels.cache.get(standIn.channelId);
    expect(channel?.isTextBased() && channel.messages.cache.size).toBe(0);
    // What the permission checks read stays: the guild's channels and roles.
    expect(channel?.permissionsFor(guild.members.me!)?.has('SendMessages')).toBe(true);
    expect(guild.roles.everyone.id).toBe(guild.id);
  });

  it('are fed by the Guilds intent alone: the bot asks Discord for no member, message or presence events', async () => {
    const identifies = bot.standIn.gatewayReceived.filter((payload) => payload.op === 2);
    expect(identifies.length).toBeGreaterThan(0);
    for (const identify of identifies) {
      expect((identify.d as { intents: number }).intents).toBe(GatewayIntentBits.Guilds);
    }
  });
});
