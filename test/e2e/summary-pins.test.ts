import { ApplicationCommandOptionType, AuditLogEvent, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/render/summary-reply.ts';
import { summaryPart } from '../../src/summaries.ts';
import { callbackOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { PIN_LIMIT, buttonClick, chatInput, type InteractionPayload, type RecordedCall } from './stand-in/index.ts';

const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;
const MODERATOR = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages;
const MEMBER = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

let bot: RunningBot;
beforeEach(async () => {
  bot = await startBotAgainstStandIn();
});
afterEach(async () => {
  await bot?.stop();
});

type Options = Array<{ name: string; type: ApplicationCommandOptionType; value: string | boolean }>;

/** The reply the member finally sees: the immediate callback, or the edited deferred reply. */
async function finalReply(payload: InteractionPayload): Promise<{ content?: string; flags?: number }> {
  const callback = await bot.standIn.waitForCall(callbackOf(payload.id));
  const body = callback.body as { type: number; data?: { content?: string; flags?: number } };
  if (body.type !== 5) return body.data ?? {};
  const edit = await bot.standIn.waitForCall(
    (c) => c.method === 'PATCH' && c.path.endsWith(`/${payload.token}/messages/@original`),
    10_000,
  );
  return { ...(edit.body as { content?: string }), flags: body.data?.flags };
}

async function command(
  name: string,
  options: Options,
  memberPermissions: bigint = MODERATOR,
  extra: { channelId?: string; guild?: boolean } = {},
) {
  const payload = chatInput(bot.standIn, { name, options, memberPermissions, ...extra });
  bot.standIn.dispatchInteraction(payload);
  return { payload, reply: await finalReply(payload) };
}

const post = (part: string, pin: boolean, permissions: bigint = MODERATOR) =>
  command(
    'summary-post',
    [
      { name: 'part', type: STRING, value: part },
      { name: 'pin', type: BOOLEAN, value: pin },
    ],
    permissions,
  );

const calls = (method: string, pattern: RegExp): RecordedCall[] =>
  bot.standIn.calls.filter((c) => c.method === method && pattern.test(c.path));
const channelPosts = () => calls('POST', new RegExp(`^/api/v10/channels/${bot.standIn.channelId}/messages$`));
const pinPuts = () => calls('PUT', /\/messages\/pins\/\d+$/);

/** A moderator presses Pin on a posted copy of the whole-article summary; resolves with their private reply. */
async function pressPin(message: APIMessage): Promise<string | undefined> {
  const payload = buttonClick(bot.standIn, { customId: 'summary:pin:whole', message, memberPermissions: MODERATOR });
  bot.standIn.dispatchInteraction(payload);
  return (await finalReply(payload)).content;
}

/** Pins messages as the bot, in this order, behind the runtime's back: another replica without shared state. */
async function pinElsewhere(...messages: APIMessage[]): Promise<void> {
  for (const message of messages) {
    const response = await fetch(
      `${bot.standIn.restBase}/v10/channels/${bot.standIn.channelId}/messages/pins/${message.id}`,
      { method: 'PUT', headers: { authorization: `Bot ${bot.standIn.token}` } },
    );
    expect(response.status).toBe(204);
  }
}

describe('moderator summaries against the stand-in', () => {
  it('a moderator posts and pins: the summary, the pin with an audit-log reason, a private confirmation', async () => {
    const { payload, reply } = await post('whole', true);
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.content).toMatch(
      /^📌 Posted and pinned the summary: https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/,
    );
    const part = summaryPart(bot.core.corpus, 'whole');
    // As sent over the wire: builders leave undefined keys that JSON drops.
    const wire = (pinned: boolean) =>
      JSON.parse(
        JSON.stringify(
          renderSummary(part, bot.core.corpus, bot.core.meta, {
            ephemeral: false,
            pinButton: pinned ? 'pinned' : 'pin',
          }),
        ),
      ) as ReturnType<typeof renderSummary>;
    // Posted with a live Pin button, which turns to "Pinned" only once Discord has pinned it.
    expect(channelPosts()).toHaveLength(1);
    expect(channelPosts()[0]!.body).toMatchObject({
      embeds: wire(false).embeds,
      components: wire(false).components,
      allowed_mentions: { parse: [] },
    });
    const flip = calls('PATCH', /\/channels\/\d+\/messages\/\d+$/).at(-1)!;
    expect(flip.body).toEqual({ components: wire(true).components });
    const user = (payload as { member?: { user: { id: string; username: string } } }).member!.user;
    expect(pinPuts()).toHaveLength(1);
    expect(pinPuts()[0]!.auditLogReason).toBe(`Summary pinned by ${user.username} (${user.id}) via oped-bot`);
    expect(bot.standIn.messages.pinCount(bot.standIn.channelId)).toBe(1);
  });

  it('posting the same part again edits the pinned summary instead of duplicating it, also after a restart', async () => {
    await post('key-claims', true);
    const pinnedId = bot.standIn.messages.pins(bot.standIn.channelId)[0]!.message.id;
    const again = await post('key-claims', true);
    expect(again.reply.content).toContain('already had that summary pinned; I updated it in place');
    expect(channelPosts()).toHaveLength(1);
    const edits = () =>
      calls('PATCH', new RegExp(`/channels/${bot.standIn.channelId}/messages/${pinnedId}$`)).filter(
        (c) => (c.body as { embeds?: unknown }).embeds !== undefined,
      );
    expect(edits()).toHaveLength(1);

    const standIn = bot.standIn;
    await bot.client.destroy();
    bot = await startBotAgainstStandIn({ standIn });
    const afterRestart = await post('key-claims', true);
    expect(afterRestart.reply.content).toContain('updated it in place');
    expect(channelPosts()).toHaveLength(1);
    expect(standIn.messages.pinCount(standIn.channelId)).toBe(1);
    await standIn.close();
  });

  it('refuses a member without Pin Messages even though the command reached them', async () => {
    const { reply } = await post('whole', true, MEMBER);
    expect(reply).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(reply.content).toContain('Only moderators can do that: you need the **Pin Messages** permission in');
    expect(channelPosts()).toHaveLength(0);
    expect(pinPuts()).toHaveLength(0);
  });

  it('names the permission the bot lacks in the channel, before acting', async () => {
    // An admin takes only Send Messages away from the bot in this channel.
    const granted = bot.standIn.botPermissions(bot.standIn.channelId);
    expect(granted & PermissionFlagsBits.SendMessages).toBe(PermissionFlagsBits.SendMessages);
    bot.standIn.setBotChannelPermissions(bot.standIn.channelId, granted & ~PermissionFlagsBits.SendMessages);
    const { reply } = await post('whole', false);
    expect(reply.content).toBe(
      `I can't do that in <#${bot.standIn.channelId}>: I'm missing **Send Messages** there. Ask a server admin to grant me it in the channel settings (Permissions), then try again.`,
    );
    expect(channelPosts()).toHaveLength(0);
  });

  it('checks the bot can pin before posting when pin is asked for', async () => {
    bot.standIn.setBotChannelPermissions(
      bot.standIn.channelId,
      PermissionFlagsBits.ViewChannel |
        PermissionFlagsBits.SendMessages |
        PermissionFlagsBits.EmbedLinks |
        PermissionFlagsBits.ReadMessageHistory,
    );
    const { reply } = await post('whole', true);
    expect(reply.content).toContain("I'm missing **Pin Messages** there");
    expect(channelPosts()).toHaveLength(0);
  });

  it("handles Discord's own 50013 refusal with a clear reply", async () => {
    bot.standIn.failNext(/\/messages\/pins\/\d+$/, 403, { message: 'Missing Permissions', code: 50013 });
    const { reply } = await post('whole', true);
    expect(reply.content).toMatch(
      /^Posted the summary \(https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+\) but could not pin it\. Discord refused \(error 50013\): I'm missing a permission in <#\d+>/,
    );
    // The message does not claim to be pinned: its Pin button stays live.
    const posted = channelPosts()[0]!.body as {
      components: Array<{ components: Array<{ label: string; disabled: boolean }> }>;
    };
    expect(posted.components[0]!.components[0]).toMatchObject({ label: 'Pin', disabled: false });
    expect(calls('PATCH', /\/channels\/\d+\/messages\/\d+$/)).toHaveLength(0);
  });

  it('at the pin limit: posts unpinned, keeps the Pin button live and says how to make room', async () => {
    bot.standIn.fillPins(bot.standIn.channelId, PIN_LIMIT);
    const { reply } = await post('who-stands-where', true);
    expect(reply.content).toContain(`reached Discord's limit of ${PIN_LIMIT} pinned messages. Unpin an old message`);
    expect(channelPosts()).toHaveLength(1);
    const pinnedFooters = bot.standIn.messages
      .pins(bot.standIn.channelId)
      .map((p) => p.message.embeds[0]?.footer?.text);
    expect(pinnedFooters).not.toContain('oped-bot · summary:who-stands-where');
    const posted = channelPosts()[0]!.body as {
      components: Array<{ components: Array<{ label: string; disabled: boolean }> }>;
    };
    expect(posted.components[0]!.components[0]).toMatchObject({ label: 'Pin', disabled: false });
    expect(calls('PATCH', /\/channels\/\d+\/messages\/\d+$/)).toHaveLength(0);
  });

  it('the Pin button: refused privately for a member, pins for a moderator, says so when the message was deleted', async () => {
    await post('section-opening', false);
    const message = channelPosts()[0]!.response as APIMessage;
    const click = (permissions: bigint) => {
      const payload = buttonClick(bot.standIn, {
        customId: 'summary:pin:section-opening',
        message,
        memberPermissions: permissions,
      });
      bot.standIn.dispatchInteraction(payload);
      return finalReply(payload);
    };
    expect((await click(MEMBER)).content).toContain('Only moderators can do that');
    expect(pinPuts()).toHaveLength(0);

    expect((await click(MODERATOR)).content).toMatch(/^📌 Posted and pinned the summary/);
    expect(pinPuts()).toHaveLength(1);

    await post('section-israel-alliance', false);
    const second = channelPosts()[1]!.response as APIMessage;
    bot.standIn.deleteMessage(bot.standIn.channelId, second.id);
    const payload = buttonClick(bot.standIn, {
      customId: 'summary:pin:section-israel-alliance',
      message: second,
      memberPermissions: MODERATOR,
    });
    bot.standIn.dispatchInteraction(payload);
    expect((await finalReply(payload)).content).toBe(
      'That summary message was deleted before it could be pinned. Run `/summary-post` again.',
    );
  });

  it('the Pin button keeps one pinned copy per part and says when a copy is already pinned', async () => {
    await post('whole', false);
    await post('whole', false);
    const [older, newer] = channelPosts().map((c) => c.response as APIMessage);
    const press = async (message: APIMessage) => {
      const payload = buttonClick(bot.standIn, {
        customId: 'summary:pin:whole',
        message,
        memberPermissions: MODERATOR,
      });
      bot.standIn.dispatchInteraction(payload);
      return (await finalReply(payload)).content;
    };
    expect(await press(older!)).toMatch(/^📌 Posted and pinned/);
    expect(await press(older!)).toMatch(/^📌 That summary is already pinned/);
    expect(await press(newer!)).toMatch(/^📌 Posted and pinned/);
    const pinned = bot.standIn.messages.pins(bot.standIn.channelId).map((p) => p.message.id);
    expect(pinned).toEqual([newer!.id]);
  });

  it('pressing Pin on a deleted copy keeps the copy already pinned, and says so', async () => {
    await post('whole', false);
    await post('whole', true);
    const [spare, pinned] = channelPosts().map((c) => c.response as APIMessage);
    bot.standIn.deleteMessage(bot.standIn.channelId, spare!.id);
    expect(await pressPin(spare!)).toBe(
      `That summary message was deleted before it could be pinned. The copy already pinned stays pinned: https://discord.com/channels/${bot.standIn.guildId}/${bot.standIn.channelId}/${pinned!.id}`,
    );
    expect(bot.standIn.messages.pins(bot.standIn.channelId).map((p) => p.message.id)).toEqual([pinned!.id]);
    expect(calls('DELETE', /\/messages\/pins\/\d+$/)).toHaveLength(0);
  });

  it('two /summary-post pin:true for the same part at the same moment end with one pinned copy', async () => {
    const both = await Promise.all([post('key-claims', true), post('key-claims', true)]);
    const pinned = bot.standIn.messages.pins(bot.standIn.channelId);
    expect(pinned).toHaveLength(1);
    const url = (id: string) => `https://discord.com/channels/${bot.standIn.guildId}/${bot.standIn.channelId}/${id}`;
    for (const { reply } of both) {
      expect([
        `📌 Posted and pinned the summary: ${url(pinned[0]!.message.id)}`,
        `📌 This channel already had that summary pinned; I updated it in place: ${url(pinned[0]!.message.id)}`,
        expect.stringMatching(
          new RegExp(
            `^Posted the summary \\(.+\\), but another copy was pinned at the same moment, and that one stays pinned so the channel keeps one: ${url(pinned[0]!.message.id)}$`,
          ),
        ),
      ]).toContainEqual(reply.content);
    }
  });

  it('copies pinned twice by another process converge to the newest pin, the older unpinned with a reason', async () => {
    await post('whole', false);
    await post('whole', false);
    const [older, newer] = channelPosts().map((c) => c.response as APIMessage);
    await pinElsewhere(older!, newer!);
    const { reply } = await post('whole', true);
    expect(reply.content).toContain(
      `updated it in place: https://discord.com/channels/${bot.standIn.guildId}/${bot.standIn.channelId}/${newer!.id}`,
    );
    expect(bot.standIn.messages.pins(bot.standIn.channelId).map((p) => p.message.id)).toEqual([newer!.id]);
    // What a moderator reads in the server's audit log: the unpin of the older copy, and why.
    const unpins = bot.standIn.auditLog.filter((entry) => entry.action_type === AuditLogEvent.MessageUnpin);
    expect(unpins).toEqual([
      expect.objectContaining({
        options: { channel_id: bot.standIn.channelId, message_id: older!.id },
        reason: expect.stringMatching(/^Duplicate summary copy unpinned by .+ \(\d+\) via oped-bot$/),
      }),
    ]);
  });

  it('Pin pressed on a duplicate that lost the race points at the copy that stays pinned', async () => {
    await post('whole', false);
    await post('whole', false);
    const [older, newer] = channelPosts().map((c) => c.response as APIMessage);
    await pinElsewhere(older!, newer!);
    expect(await pressPin(older!)).toBe(
      `📌 That summary is already pinned: https://discord.com/channels/${bot.standIn.guildId}/${bot.standIn.channelId}/${newer!.id}`,
    );
    expect(bot.standIn.messages.pins(bot.standIn.channelId).map((p) => p.message.id)).toEqual([newer!.id]);
  });

  it('/summary-unpin removes the pin with an audit-log reason', async () => {
    await post('whole', true);
    const { reply } = await command('summary-unpin', [{ name: 'part', type: STRING, value: 'whole' }]);
    expect(reply.content).toMatch(/^Unpinned the summary “The article in brief”/);
    const unpin = bot.standIn.auditLog.filter((entry) => entry.action_type === AuditLogEvent.MessageUnpin);
    expect(unpin).toHaveLength(1);
    expect(unpin[0]!.reason).toMatch(/^Summary unpinned by .+ \(\d+\) via oped-bot$/);
    expect(bot.standIn.messages.pinCount(bot.standIn.channelId)).toBe(0);
    const reset = calls('PATCH', /\/channels\/\d+\/messages\/\d+$/).at(-1)!;
    expect(
      (reset.body as { components: Array<{ components: Array<{ label: string; disabled: boolean }> }> }).components[0]!
        .components[0],
    ).toMatchObject({ label: 'Pin', disabled: false });
    expect((await command('summary-unpin', [{ name: 'part', type: STRING, value: 'whole' }])).reply.content).toContain(
      'There is no pinned “The article in brief” summary',
    );
  });

  it('says what works instead in a DM and in an archived thread', async () => {
    const dm = await command('summary-post', [{ name: 'part', type: STRING, value: 'whole' }], MODERATOR, {
      guild: false,
    });
    expect(dm.reply.content).toContain('works in a server channel. Here, use `/summary`');
    const thread = bot.standIn.createThread({ archived: true });
    const inThread = await command('summary-post', [{ name: 'part', type: STRING, value: 'whole' }], MODERATOR, {
      channelId: thread.id,
    });
    expect(inThread.reply.content).toContain('is an archived or locked thread, where messages cannot be pinned');
  });

  it('/summary-post in a thread a moderator has since locked gets the "thread closed" reply', async () => {
    const thread = bot.standIn.createThread();
    const inThread = () =>
      command('summary-post', [{ name: 'part', type: STRING, value: 'whole' }], MODERATOR, { channelId: thread.id });
    expect((await inThread()).reply.content).toMatch(/^Posted the summary/);
    bot.standIn.updateThread(thread.id, { locked: true });
    expect((await inThread()).reply.content).toBe(
      `<#${thread.id}> is an archived or locked thread, where messages cannot be pinned. Post the summary in its parent channel, or reopen the thread first. \`/summary\` shows it to you privately here.`,
    );
  });

  it('/summary shows any member the summary privately, with citations', async () => {
    const { reply } = await command('summary', [{ name: 'part', type: STRING, value: 'key-claims' }], MEMBER);
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const full = bot.standIn.calls.find(
      (c) => c.path.endsWith('/callback') && JSON.stringify(c.body).includes('Key claims'),
    );
    expect(JSON.stringify(full?.body)).toContain('(¶ 4)');
  });
});
