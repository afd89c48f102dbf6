import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { ClientOptions, Interaction } from 'discord.js';
import { WebSocket } from 'ws';
import { autocomplete, buttonClick, chatInput, startStandIn } from './stand-in/index.ts';
import type { RecordedCall, StandIn, StandInOptions } from './stand-in/index.ts';

const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  // Newest first: clients are destroyed before the stand-in they talk to goes away.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function standIn(options: StandInOptions = {}): Promise<StandIn> {
  const instance = await startStandIn(options);
  cleanups.push(() => instance.close());
  return instance;
}

async function loggedIn(instance: StandIn, extra: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: instance.restBase }, ...extra });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(instance.token);
  await ready;
  return client;
}

/** Runs `handler` on the next interaction; its rejection fails the awaiting test instead of vanishing. */
function handleNext<T>(client: Client, handler: (interaction: Interaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => {
      handler(interaction).then(resolve, reject);
    });
  });
}

const isCallback = (interactionId: string) => (call: RecordedCall) =>
  call.method === 'POST' &&
  call.path.startsWith(`/api/v10/interactions/${interactionId}/`) &&
  call.path.endsWith('/callback');

describe('Discord API stand-in, driven by an unmodified discord.js Client', () => {
  it('logs in: /gateway/bot, IDENTIFY, READY and GUILD_CREATE leave the guild, channel and bot member cached', async () => {
    const s = await standIn();
    const client = await loggedIn(s);

    const guild = client.guilds.cache.get(s.guildId);
    expect(guild?.name).toBe('Stand-in Guild');
    expect(guild?.available).toBe(true);
    const channel = client.channels.cache.get(s.channelId);
    expect(channel?.isTextBased()).toBe(true);
    expect(client.user?.id).toBe(s.botUserId);
    expect(client.application?.id).toBe(s.applicationId);
    expect(guild?.members.me?.id).toBe(s.botUserId);
    // The channel's overwrite withholds @everyone mentions, so discord.js's permission maths sees it.
    expect(guild?.roles.everyone.permissions.has(PermissionFlagsBits.MentionEveryone)).toBe(true);
    expect(guild?.members.me?.permissionsIn(s.channelId).has(PermissionFlagsBits.SendMessages)).toBe(true);

    expect(s.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /api/v10/gateway/bot']);
    expect(s.calls[0]?.headers.authorization).toBe(`Bot ${s.token}`);
    expect(s.identifies).toEqual([expect.objectContaining({ shard: [0, 1], intents: GatewayIntentBits.Guilds })]);
    // Without zlib-sync installed discord.js asks for plain JSON, with no transport compression.
    expect(s.gatewayConnections.map((connection) => connection.query)).toEqual([{ v: '10', encoding: 'json' }]);
  });

  it('rejects a wrong token: 401 on REST (discord.js TokenInvalid) and close code 4004 on the gateway', async () => {
    const s = await standIn();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: s.restBase } });
    cleanups.push(() => client.destroy());
    await expect(client.login(`${s.token.slice(0, -1)}x`)).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(s.calls[0]?.status).toBe(401);

    const socket = new WebSocket(`${s.gatewayUrl}?v=10&encoding=json`);
    await once(socket, 'open');
    socket.send(JSON.stringify({ op: 2, d: { token: 'not-the-token', intents: 1, properties: {} } }));
    const [code] = (await once(socket, 'close')) as [number, Buffer];
    expect(code).toBe(4004);
  });

  it('delivers a chat-input interaction and records reply() as a type 4 callback', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, {
      name: 'ask',
      options: [
        { name: 'question', type: ApplicationCommandOptionType.String, value: 'Who wrote it?' },
        { name: 'about', type: ApplicationCommandOptionType.User, value: s.world.user.id },
      ],
    });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand())
        throw new Error(`expected a chat-input command, got type ${interaction.type}`);
      expect(interaction.commandName).toBe('ask');
      expect(interaction.options.getString('question')).toBe('Who wrote it?');
      // User options arrive with `resolved.users`/`resolved.members`, which discord.js reads.
      expect(interaction.options.getUser('about')?.username).toBe('test-user');
      expect(interaction.options.getMember('about')).not.toBeNull();
      expect(interaction.inGuild()).toBe(true);
      expect(interaction.channelId).toBe(s.channelId);
      expect(interaction.memberPermissions?.has(PermissionFlagsBits.SendMessages)).toBe(true);
      await interaction.reply({ content: 'hi', allowedMentions: { parse: [] } });
    });
    s.dispatchInteraction(payload);
    await handled;

    const call = await s.waitForCall(isCallback(payload.id));
    expect(call.path).toBe(`/api/v10/interactions/${payload.id}/${payload.token}/callback`);
    expect(call.query).toEqual({ with_response: 'false' });
    expect(call.headers.authorization).toBeUndefined();
    expect(call.status).toBe(204);
    expect(call.body).toEqual({
      type: 4,
      data: { content: 'hi', tts: false, enforce_nonce: false, allowed_mentions: { parse: [] } },
    });
    const message = s.originalResponse(payload);
    expect(message).toMatchObject({
      content: 'hi',
      author: { id: s.botUserId },
      webhook_id: s.applicationId,
      type: 20,
    });
  });

  it('answers a DM interaction, which carries user instead of member', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask', guild: false });
    expect(payload.member).toBeUndefined();
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      expect(interaction.inGuild()).toBe(false);
      expect(interaction.user.id).toBe(s.world.user.id);
      await interaction.reply({ content: 'in a DM' });
    });
    s.dispatchInteraction(payload);
    await handled;
    expect(s.originalResponse(payload)?.channel_id).toBe(payload.channel.id);
  });

  it('returns the interaction callback response when reply() asks withResponse', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      return interaction.reply({ content: 'with response', withResponse: true });
    });
    s.dispatchInteraction(payload);
    const response = await handled;
    expect((await s.waitForCall(isCallback(payload.id))).query).toEqual({ with_response: 'true' });
    expect(response.interaction.id).toBe(payload.id);
    expect(response.resource?.message?.content).toBe('with response');
  });

  it('posts followUp() to the interaction webhook with ?wait=true and deletes the original with deleteReply()', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      await interaction.reply({ content: 'first' });
      const followUp = await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
      await interaction.deleteReply();
      return followUp;
    });
    s.dispatchInteraction(payload);
    const followUp = await handled;
    const post = await s.waitForCall(
      (call) => call.method === 'POST' && call.path === `/api/v10/webhooks/${s.applicationId}/${payload.token}`,
    );
    expect(post.query).toEqual({ wait: 'true' });
    expect(followUp.content).toBe('second');
    expect(followUp.flags.has(MessageFlags.Ephemeral)).toBe(true);
    const del = await s.waitForCall((call) => call.method === 'DELETE');
    expect(del.path).toBe(`/api/v10/webhooks/${s.applicationId}/${payload.token}/messages/@original`);
    expect(del.status).toBe(204);
    expect(s.originalResponse(payload)).toBeUndefined();
  });

  it('routes deferReply() to the callback (type 5) and editReply() to PATCH …/messages/@original', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      expect(s.originalResponse(payload)?.flags).toBe(MessageFlags.Loading | MessageFlags.Ephemeral);
      return interaction.editReply({ content: 'the answer' });
    });
    s.dispatchInteraction(payload);
    const edited = await handled;

    expect((await s.waitForCall(isCallback(payload.id))).body).toEqual({
      type: 5,
      data: { flags: MessageFlags.Ephemeral },
    });
    const patch = await s.waitForCall((call) => call.method === 'PATCH');
    expect(patch.path).toBe(`/api/v10/webhooks/${s.applicationId}/${payload.token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'the answer' });
    expect(edited.content).toBe('the answer');
    expect(s.originalResponse(payload)).toMatchObject({ content: 'the answer', flags: MessageFlags.Ephemeral });
  });

  it('lets a test click a button on a message the bot sent, and records update() as type 7', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const command = chatInput(s, { name: 'ask' });
    const replied = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('more').setLabel('Tell me more').setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ content: 'short answer', components: [row] });
    });
    s.dispatchInteraction(command);
    await replied;

    const message = s.originalResponse(command);
    if (!message) throw new Error('the reply was not stored');
    const click = buttonClick(s, { customId: 'more', message });
    const updated = handleNext(client, async (interaction) => {
      if (!interaction.isButton()) throw new Error(`expected a button, got type ${interaction.type}`);
      expect(interaction.customId).toBe('more');
      expect(interaction.message.id).toBe(message.id);
      await interaction.update({ content: 'long answer', components: [] });
    });
    s.dispatchInteraction(click);
    await updated;

    const call = await s.waitForCall(isCallback(click.id));
    expect(call.body).toMatchObject({ type: 7, data: { content: 'long answer', components: [] } });
    expect(s.messages.get(s.channelId, message.id)).toMatchObject({ content: 'long answer', components: [] });
  });

  it('records autocomplete respond() as a type 8 callback', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = autocomplete(s, {
      name: 'ask',
      options: [{ name: 'topic', type: ApplicationCommandOptionType.String, value: 'Syr', focused: true }],
    });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      expect(interaction.options.getFocused()).toBe('Syr');
      await interaction.respond([{ name: 'Syria', value: 'syria' }]);
    });
    s.dispatchInteraction(payload);
    await handled;
    const call = await s.waitForCall(isCallback(payload.id));
    expect(call.query).toEqual({});
    expect(call.body).toEqual({ type: 8, data: { choices: [{ name: 'Syria', value: 'syria' }] } });
  });

  it('resumes after the gateway drops with 4000 and answers the next interaction', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const resumed = once(client, Events.ShardResume);
    s.dropConnections(4000);
    await s.waitForReady(0);
    await resumed;
    expect(s.resumes).toBe(1);
    expect(s.identifies).toHaveLength(1);

    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'still here' });
    });
    s.dispatchInteraction(payload);
    await handled;
    expect((await s.waitForCall(isCallback(payload.id))).status).toBe(204);
  });

  it('replays an interaction dispatched while the socket was down (raw TCP destroy) on RESUME', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    s.dropConnections('terminate');
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'caught up' });
    });
    s.dispatchInteraction(payload);
    await handled;
    expect(s.resumes).toBe(1);
    expect(s.originalResponse(payload)?.content).toBe('caught up');
  });

  it('identifies again after a non-resumable INVALID_SESSION', async () => {
    const s = await standIn();
    // discord.js spaces identifies of one shard 5 s apart; a test has no reason to wait for that.
    const client = await loggedIn(s, { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } });
    s.invalidateSession(0, false);
    await s.waitForReady(0);
    expect(s.identifies).toHaveLength(2);
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'new session' });
    });
    s.dispatchInteraction(payload);
    await handled;
  });

  it('answers with a Discord-shaped 429 that discord.js waits out before retrying', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const channel = client.channels.cache.get(s.channelId);
    if (!channel?.isSendable()) throw new Error('channel not cached as sendable');
    s.rateLimitNext(/\/channels\/\d+\/messages$/, 0.4);
    const sent = await channel.send({ content: 'after the wait' });
    const posts = s.calls.filter(
      (call) => call.method === 'POST' && call.path === `/api/v10/channels/${s.channelId}/messages`,
    );
    expect(posts.map((call) => call.status)).toEqual([429, 200]);
    expect(posts[0]?.response).toEqual({ message: 'You are being rate limited.', retry_after: 0.4, global: false });
    const [first, second] = posts;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(400);
    expect(sent.content).toBe('after the wait');
    expect((await channel.messages.fetch(sent.id)).content).toBe('after the wait');
  });

  it('rate-limits an interaction callback too; discord.js retries after Retry-After', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    s.rateLimitNext(/\/callback$/, 0.2);
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'eventually' });
    });
    s.dispatchInteraction(payload);
    await handled;
    expect(s.calls.filter(isCallback(payload.id)).map((call) => call.status)).toEqual([429, 204]);
  });

  it('answers an unknown route with Discord’s 404 and records it', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    await expect(client.rest.get('/no/such/route')).rejects.toMatchObject({
      status: 404,
      code: 0,
      message: '404: Not Found',
    });
    expect(s.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/no/such/route', status: 404 });
  });

  it('acknowledges heartbeats at the configured interval', async () => {
    const s = await standIn({ heartbeatIntervalMs: 100 });
    const client = await loggedIn(s);
    await vi.waitFor(() => {
      expect(s.gatewayReceived.filter((payload) => payload.op === 1).length).toBeGreaterThanOrEqual(2);
      expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    });
  });

  it('echoes the bot’s own messages back as MESSAGE_CREATE when it identified with GuildMessages', async () => {
    const s = await standIn();
    const client = await loggedIn(s, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    const channel = client.channels.cache.get(s.channelId);
    if (!channel?.isSendable()) throw new Error('channel not cached as sendable');
    const created = once(client, Events.MessageCreate);
    const sent = await channel.send('hello channel');
    const [echoed] = (await created) as [{ id: string; guildId: string | null }];
    expect(echoed.id).toBe(sent.id);
    expect(echoed.guildId).toBe(s.guildId);
  });

  it('surfaces failNext() as a DiscordAPIError with Discord’s code', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    s.failNext(/\/callback$/, 403, { message: 'Missing Permissions', code: 50013 });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      return interaction.reply({ content: 'nope' }).then(
        () => undefined,
        (error: unknown) => error,
      );
    });
    s.dispatchInteraction(payload);
    const error = await handled;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 403, code: 50013 });
  });

  it('rejects a reply over 2000 characters with Invalid Form Body, as Discord does', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      return interaction.reply({ content: 'x'.repeat(2001) }).then(
        () => undefined,
        (error: unknown) => error,
      );
    });
    s.dispatchInteraction(payload);
    expect(await handled).toMatchObject({ status: 400, code: 50035 });
    const call = await s.waitForCall(isCallback(payload.id));
    expect(call.response).toMatchObject({
      errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
    });
  });

  it('bulk-overwrites global and guild commands and hands out their ids', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const global = await client.application!.commands.set([{ name: 'ask', description: 'Ask about the op-ed' }]);
    const guildCommands = await client.application!.commands.set(
      [{ name: 'debug', description: 'Guild-only' }],
      s.guildId,
    );
    expect(s.calls.map((call) => `${call.method} ${call.path}`)).toEqual(
      expect.arrayContaining([
        `PUT /api/v10/applications/${s.applicationId}/commands`,
        `PUT /api/v10/applications/${s.applicationId}/guilds/${s.guildId}/commands`,
      ]),
    );
    const ask = global.first();
    expect(ask?.name).toBe('ask');
    expect(guildCommands.first()?.guildId).toBe(s.guildId);
    // Re-registering keeps the id, like Discord.
    const again = await client.application!.commands.set([{ name: 'ask', description: 'Ask about the op-ed (v2)' }]);
    expect(again.first()?.id).toBe(ask?.id);

    const payload = chatInput(s, { name: 'ask' });
    const handled = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      return interaction.commandId;
    });
    s.dispatchInteraction(payload);
    expect(await handled).toBe(ask?.id);
  });

  it('runs two shards in two clients, each identifying with its own pair and getting its own guild’s interactions', async () => {
    const s = await standIn({ shards: 2, guilds: 2 });
    const [guild0, guild1] = s.world.guilds;
    if (!guild0 || !guild1) throw new Error('expected two guilds');
    const client0 = await loggedIn(s, { shards: 0, shardCount: 2 });
    const client1 = await loggedIn(s, { shards: 1, shardCount: 2 });
    expect(s.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...client0.guilds.cache.keys()]).toEqual([guild0.id]);
    expect([...client1.guilds.cache.keys()]).toEqual([guild1.id]);

    const seen: string[] = [];
    client0.on(Events.InteractionCreate, (interaction) => seen.push(`0:${interaction.guildId}`));
    client1.on(Events.InteractionCreate, (interaction) => seen.push(`1:${interaction.guildId}`));
    const forShard1 = chatInput(s, { name: 'ask', guildId: guild1.id });
    const answered1 = handleNext(client1, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'from shard 1' });
    });
    s.dispatchInteraction(forShard1);
    await answered1;
    const forShard0 = chatInput(s, { name: 'ask', guildId: guild0.id });
    const answered0 = handleNext(client0, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      await interaction.reply({ content: 'from shard 0' });
    });
    s.dispatchInteraction(forShard0);
    await answered0;
    expect(seen).toEqual([`1:${guild1.id}`, `0:${guild0.id}`]);
    expect(s.originalResponse(forShard1)?.channel_id).toBe(guild1.textChannel.id);
  });
});
