import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  AuditLogEvent,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  Routes,
  TextChannel,
} from 'discord.js';
import type { ClientOptions, Interaction } from 'discord.js';
import { WebSocket } from 'ws';
import { PIN_LIMIT, autocomplete, buttonClick, chatInput, startStandIn } from './stand-in/index.ts';
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
    // Changing the last character, whatever it is, gives a token of the right shape that is not ours.
    const wrong = `${s.token.slice(0, -1)}${s.token.endsWith('x') ? 'y' : 'x'}`;
    await expect(client.login(wrong)).rejects.toMatchObject({ code: 'TokenInvalid' });
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

  it('rejects a reply over 2000 characters by Discord’s own schema with Invalid Form Body, as Discord does', async () => {
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
    // Sent on purpose here, so taken; left in the stand-in, it would fail the test at close().
    expect(s.takeSchemaViolations()).toEqual([
      {
        method: 'POST',
        path: call.path,
        route: '/interactions/{interaction_id}/{interaction_token}/callback',
        problems: ['data.content: too_big (maximum 2000)'],
      },
    ]);
  });

  it('fails at close() on a malformed body the bot sent, naming the route and the field Discord’s schema refuses', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const payload = chatInput(s, { name: 'ask' });
    s.registerInteraction(payload);
    // A button without its required style, and a flags field that is not a number.
    const malformed = {
      type: 4,
      data: {
        flags: 'ephemeral',
        components: [{ type: 1, components: [{ type: 2, custom_id: 'more', label: 'More' }] }],
      },
    };
    const refused = await rejectionOf(
      client.rest.post(Routes.interactionCallback(payload.id, payload.token), { body: malformed, auth: false }),
    );
    expect(refused).toMatchObject({
      status: 400,
      code: 50035,
      rawError: {
        errors: {
          data: {
            flags: { _errors: [{ code: 'SCHEMA_INVALID_TYPE' }] },
            components: { 0: { components: { 0: { style: { _errors: [{ code: 'BASE_TYPE_REQUIRED' }] } } } } },
          },
        },
      },
    });
    expect(s.originalResponse(payload)).toBeUndefined();
    await expect(s.close()).rejects.toThrow(
      [
        "Request bodies broke Discord's API schema:",
        `POST /api/v10/interactions/${payload.id}/${payload.token}/callback (/interactions/{interaction_id}/{interaction_token}/callback):`,
        '  data.components.0.components.0.style: required',
        '  data.flags: invalid_type (expected number)',
      ].join('\n'),
    );
  });

  it('allows only the default_member_permissions quirk: a string of digits passes, anything else is refused', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const route = Routes.applicationCommands(s.applicationId);
    // discord.js sends the permissions as a string, as Discord documents them; the spec's request schema says integer.
    const set = await client.application!.commands.set([
      { name: 'pin', description: 'Pin it', defaultMemberPermissions: PermissionFlagsBits.PinMessages },
    ]);
    expect(set.first()?.defaultMemberPermissions?.bitfield).toBe(PermissionFlagsBits.PinMessages);
    const refused = await rejectionOf(
      client.rest.put(route, {
        body: [{ name: 'pin', description: 'Pin it', default_member_permissions: 'moderators' }],
      }),
    );
    expect(refused).toMatchObject({
      status: 400,
      code: 50035,
      rawError: { errors: { 0: { default_member_permissions: { _errors: [{ code: 'SCHEMA_INVALID_TYPE' }] } } } },
    });
    expect(s.takeSchemaViolations().map((violation) => violation.problems)).toEqual([
      ['0.default_member_permissions: invalid_type (expected number)'],
    ]);
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

/** The stand-in's first text channel as discord.js caches it. */
function cachedTextChannel(client: Client, channelId: string): TextChannel {
  const channel = client.channels.cache.get(channelId);
  if (!(channel instanceof TextChannel)) throw new Error(`channel ${channelId} is not a cached text channel`);
  return channel;
}

/** Resolves with the rejection of `promise`, failing if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<DiscordAPIError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof DiscordAPIError)) throw new Error(`expected a DiscordAPIError, got ${String(outcome)}`);
  return outcome;
}

const SUMMARY_FOOTER = 'oped-bot summary · v1';

function summaryMessage(text: string) {
  return {
    embeds: [
      new EmbedBuilder()
        .setTitle('Summary')
        .setDescription(text)
        .addFields({ name: 'Sources', value: '3 paragraphs' })
        .setFooter({ text: SUMMARY_FOOTER }),
    ],
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('summary:refresh').setLabel('Refresh').setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
}

describe('Discord API stand-in: posting, editing and pinning summaries', () => {
  it('pins and unpins with the current routes; the pin keeps author, embeds and components; the reason is recorded', async () => {
    const s = await standIn();
    const client = await loggedIn(s, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    const channel = cachedTextChannel(client, s.channelId);
    const sent = await channel.send(summaryMessage('first draft'));
    const edited = await sent.edit(summaryMessage('final text'));
    expect(edited.embeds[0]?.description).toBe('final text');

    const pinsUpdated = once(client, Events.ChannelPinsUpdate);
    const reason = 'Daily summary — 2026/01/20 ✓';
    await channel.messages.pin(sent.id, reason);
    // discord.js hands over `Date.parse(last_pin_timestamp)`, a number despite its docs saying Date.
    const [pinsChannel, pinTime] = (await pinsUpdated) as [TextChannel, number];
    expect(pinsChannel.id).toBe(s.channelId);

    const put = await s.waitForCall((call) => call.method === 'PUT');
    expect(put.path).toBe(`/api/v10/channels/${s.channelId}/messages/pins/${sent.id}`);
    expect(put.status).toBe(204);
    expect(put.headers['x-audit-log-reason']).toBe(encodeURIComponent(reason));
    expect(put.auditLogReason).toBe(reason);
    expect(s.auditLog).toEqual([
      expect.objectContaining({
        guild_id: s.guildId,
        action_type: AuditLogEvent.MessagePin,
        user_id: s.botUserId,
        target_id: s.botUserId,
        options: { channel_id: s.channelId, message_id: sent.id },
        reason,
      }),
    ]);

    const { items, hasMore } = await channel.messages.fetchPins();
    expect(hasMore).toBe(false);
    expect(items).toHaveLength(1);
    const [pin] = items;
    expect(pin?.pinnedTimestamp).toBe(pinTime);
    expect(pinsChannel.lastPinTimestamp).toBe(pinTime);
    // The bot can recognise its own pinned summary from what the pin list returns.
    const own = items.find(
      (item) => item.message.author.id === client.user?.id && item.message.embeds[0]?.footer?.text === SUMMARY_FOOTER,
    );
    expect(own?.message.id).toBe(sent.id);
    expect(own?.message.pinned).toBe(true);
    expect(own?.message.embeds[0]?.description).toBe('final text');
    expect(own?.message.embeds[0]?.fields).toEqual([{ name: 'Sources', value: '3 paragraphs', inline: false }]);
    expect(own?.message.components[0]?.toJSON()).toMatchObject({
      type: 1,
      components: [{ type: 2, custom_id: 'summary:refresh', label: 'Refresh' }],
    });
    const getPins = s.calls.find((call) => call.method === 'GET' && call.path.endsWith('/messages/pins'));
    expect(getPins?.response).toEqual({
      items: [
        { pinned_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:]+\.\d{6}\+00:00$/), message: expect.anything() },
      ],
      has_more: false,
    });
    expect((await channel.messages.fetch({ message: sent.id, force: true })).pinned).toBe(true);

    // Discord posts "oped-bot pinned a message to this channel." as a system message pointing at the pin.
    const system = s.messages.list(s.channelId).at(-1);
    expect(system).toMatchObject({
      type: MessageType.ChannelPinnedMessage,
      author: { id: s.botUserId },
      message_reference: { channel_id: s.channelId, message_id: sent.id, guild_id: s.guildId },
    });
    expect(system?.pinned).toBe(false);
    await expect(channel.messages.pin(system!.id)).rejects.toMatchObject({ status: 400, code: 50021 });

    await channel.messages.unpin(sent.id, 'superseded');
    expect(s.messages.get(s.channelId, sent.id)?.pinned).toBe(false);
    expect(s.auditLog.at(-1)).toMatchObject({ action_type: AuditLogEvent.MessageUnpin, reason: 'superseded' });
    expect((await channel.messages.fetchPins()).items).toEqual([]);
    // Unpinning what is not pinned is a 204 that changes nothing; so is pinning twice.
    await channel.messages.unpin(sent.id);
    await channel.messages.pin(sent.id);
    await channel.messages.pin(sent.id);
    expect(s.messages.pins(s.channelId)).toHaveLength(1);
    expect(s.calls.filter((call) => call.path.includes('/pins/')).map((call) => call.status)).toEqual([
      204, 400, 204, 204, 204, 204,
    ]);
  });

  it('pages fetchPins over more than 50 pins, newest pin first, following has_more and before', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const channel = cachedTextChannel(client, s.channelId);
    const filler = s.fillPins(s.channelId, 119, { author: s.world.owner });
    const newest = await channel.send({ content: 'pinned just now' });
    await channel.messages.pin(newest.id);

    const seen: string[] = [];
    const pages: Array<{ size: number; hasMore: boolean }> = [];
    let before: Date | undefined;
    for (;;) {
      const page = await channel.messages.fetchPins(before ? { before } : {});
      pages.push({ size: page.items.length, hasMore: page.hasMore });
      seen.push(...page.items.map((item) => item.message.id));
      const last = page.items.at(-1);
      if (!page.hasMore || !last) break;
      before = last.pinnedAt;
    }
    expect(pages).toEqual([
      { size: 50, hasMore: true },
      { size: 50, hasMore: true },
      { size: 20, hasMore: false },
    ]);
    expect(seen).toEqual([newest.id, ...filler.map((message) => message.id).reverse()]);
    const queries = s.calls.filter((call) => call.path.endsWith('/messages/pins')).map((call) => call.query);
    expect(queries[0]).toEqual({});
    expect(queries[1]?.before).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);

    // Paging with the raw `pinned_at` string (microseconds, `+00:00`) works the same as discord.js's Date.
    type PinsPage = { items: Array<{ pinned_at: string; message: { id: string } }>; has_more: boolean };
    const first = (await client.rest.get(Routes.channelMessagesPins(s.channelId))) as PinsPage;
    const second = (await client.rest.get(Routes.channelMessagesPins(s.channelId), {
      query: new URLSearchParams({ limit: '50', before: first.items.at(-1)!.pinned_at }),
    })) as PinsPage;
    expect(second.items.map((item) => item.message.id)).toEqual(seen.slice(50, 100));

    const small = await channel.messages.fetchPins({ limit: 3 });
    expect(small.items.map((item) => item.message.id)).toEqual(seen.slice(0, 3));
    expect(small.hasMore).toBe(true);
    expect(small.items[1]?.message.author.id).toBe(s.world.owner.id);
    await expect(channel.messages.fetchPins({ limit: 51 })).rejects.toMatchObject({
      status: 400,
      code: 50035,
      rawError: { errors: { limit: { _errors: [{ code: 'NUMBER_TYPE_MAX' }] } } },
    });
    // The deprecated GET /channels/{id}/pins answers the 50 most recent pins as a bare array.
    const legacy = (await client.rest.get(`/channels/${s.channelId}/pins`)) as Array<{ id: string }>;
    expect(legacy.map((message) => message.id)).toEqual(seen.slice(0, 50));
  });

  it('refuses the pin past the limit (250) with 30003, and 10008/10003 for a deleted message or unknown channel', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const channel = cachedTextChannel(client, s.channelId);
    const sent = await channel.send({ content: 'summary' });
    const filler = s.fillPins(s.channelId, PIN_LIMIT);
    expect(() => s.fillPins(s.channelId, 1)).toThrow(RangeError);

    const full = await rejectionOf(channel.messages.pin(sent.id));
    expect(full).toMatchObject({ status: 400, code: 30003, message: 'Maximum number of pins reached (250)' });
    expect(s.calls.at(-1)?.response).toEqual({ message: 'Maximum number of pins reached (250)', code: 30003 });
    // Re-pinning one of the 250 is still a no-op 204; unpinning one makes room.
    await channel.messages.pin(filler[0]!.id);
    await channel.messages.unpin(filler[0]!.id);
    await channel.messages.pin(sent.id);
    expect(s.messages.pinCount(s.channelId)).toBe(PIN_LIMIT);

    const other = await channel.send({ content: 'to be deleted' });
    s.deleteMessage(s.channelId, other.id);
    expect(await rejectionOf(channel.messages.pin(other.id))).toMatchObject({
      status: 404,
      code: 10008,
      message: 'Unknown Message',
    });
    expect(await rejectionOf(channel.messages.unpin(other.id))).toMatchObject({ status: 404, code: 10008 });
    expect(await rejectionOf(client.rest.put(Routes.channelMessagesPin('123456789012345678', sent.id)))).toMatchObject({
      status: 404,
      code: 10003,
      message: 'Unknown Channel',
    });
    // A deleted pinned message leaves the pins.
    s.deleteMessage(s.channelId, sent.id);
    expect(s.messages.pins(s.channelId).some((pin) => pin.message.id === sent.id)).toBe(false);
    // The deprecated PUT/DELETE /channels/{id}/pins/{message.id} behave the same.
    await client.rest.delete(`/channels/${s.channelId}/pins/${filler[1]!.id}`);
    expect(s.messages.get(s.channelId, filler[1]!.id)?.pinned).toBe(false);
    await client.rest.put(`/channels/${s.channelId}/pins/${filler[1]!.id}`);
    expect(s.messages.get(s.channelId, filler[1]!.id)?.pinned).toBe(true);
  });

  it('checks the bot’s channel permissions like Discord: PIN_MESSAGES (not MANAGE_MESSAGES), VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const channel = cachedTextChannel(client, s.channelId);
    const me = () => client.guilds.cache.get(s.guildId)!.members.me!;
    expect(me().permissionsIn(channel).has(PermissionFlagsBits.PinMessages)).toBe(true);
    const sent = await channel.send(summaryMessage('text'));

    const { ViewChannel, SendMessages, EmbedLinks, ReadMessageHistory, ManageMessages, PinMessages } =
      PermissionFlagsBits;
    // MANAGE_MESSAGES no longer lets anyone pin (since 2026-01-12).
    const updated = once(client, Events.ChannelUpdate);
    s.setBotChannelPermissions(s.channelId, ViewChannel | SendMessages | ReadMessageHistory | ManageMessages);
    await updated;
    expect(s.botPermissions(s.channelId)).toBe(ViewChannel | SendMessages | ReadMessageHistory | ManageMessages);
    // discord.js sees the same overwrite, so its own permission checks agree with the REST answers.
    expect(me().permissionsIn(channel).has(PinMessages)).toBe(false);
    expect(await rejectionOf(channel.messages.pin(sent.id, 'r'))).toMatchObject({
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
    });
    expect(await rejectionOf(channel.messages.unpin(sent.id))).toMatchObject({ status: 403, code: 50013 });
    // Plain text goes through without EMBED_LINKS; embeds do not.
    await channel.send({ content: 'plain' });
    expect(await rejectionOf(channel.send(summaryMessage('embed')))).toMatchObject({ status: 403, code: 50013 });
    expect(await rejectionOf(sent.edit(summaryMessage('embed')))).toMatchObject({ status: 403, code: 50013 });

    // The bot's permissions show in app_permissions of interactions built afterwards.
    const payload = chatInput(s, { name: 'summary' });
    expect(BigInt(payload.app_permissions)).toBe(ViewChannel | SendMessages | ReadMessageHistory | ManageMessages);
    const seen = handleNext(client, async (interaction) => interaction.appPermissions.bitfield);
    s.dispatchInteraction(payload);
    expect(await seen).toBe(ViewChannel | SendMessages | ReadMessageHistory | ManageMessages);

    // Without READ_MESSAGE_HISTORY the pin list is empty, as documented, not an error.
    s.setBotChannelPermissions(s.channelId, ViewChannel | SendMessages | PinMessages);
    await channel.messages.pin(sent.id);
    expect(await channel.messages.fetchPins()).toEqual({ items: [], hasMore: false });
    expect(await rejectionOf(channel.messages.fetch({ message: sent.id, force: true }))).toMatchObject({
      code: 50013,
    });

    s.setBotChannelPermissions(s.channelId, ViewChannel | PinMessages | ReadMessageHistory);
    expect(await rejectionOf(channel.send({ content: 'x' }))).toMatchObject({ status: 403, code: 50013 });

    // Without VIEW_CHANNEL everything is Missing Access.
    s.setBotChannelPermissions(s.channelId, SendMessages | PinMessages | ReadMessageHistory | EmbedLinks);
    for (const attempt of [
      channel.messages.pin(sent.id),
      channel.messages.unpin(sent.id),
      channel.messages.fetchPins(),
      channel.send({ content: 'x' }),
    ]) {
      expect(await rejectionOf(attempt)).toMatchObject({ status: 403, code: 50001, message: 'Missing Access' });
    }

    // `null` removes the overwrite: back to the defaults, pins included.
    s.setBotChannelPermissions(s.channelId, null);
    expect(s.botPermissions(s.channelId) & (PinMessages | EmbedLinks | ReadMessageHistory)).toBe(
      PinMessages | EmbedLinks | ReadMessageHistory,
    );
    expect((await channel.messages.fetchPins()).items.map((item) => item.message.id)).toEqual([sent.id]);
  });

  it('builds member.permissions as Discord sends it: the member’s permissions in that channel, overwrites included', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const { ManageMessages, PinMessages, ViewChannel, SendMessages, MentionEveryone } = PermissionFlagsBits;

    const byDefault = chatInput(s, { name: 'summary' });
    const defaultBits = BigInt(byDefault.member!.permissions);
    expect(byDefault.member!.permissions).toMatch(/^\d+$/);
    // The text channel's @everyone overwrite denies MENTION_EVERYONE although the role grants it.
    expect(defaultBits & MentionEveryone).toBe(0n);
    expect(defaultBits & ViewChannel).toBe(ViewChannel);

    const moderator = chatInput(s, { name: 'summary', roles: [s.world.guilds[0]!.moderatorRole.id] });
    expect(BigInt(moderator.member!.permissions) & ManageMessages).toBe(ManageMessages);

    const given = ViewChannel | SendMessages | PinMessages;
    const payload = chatInput(s, { name: 'summary', memberPermissions: given });
    expect(payload.member!.permissions).toBe(given.toString());
    expect(payload.channel).toMatchObject({ permissions: given.toString() });
    const seen = handleNext(client, async (interaction) => ({
      pin: interaction.memberPermissions?.has(PinMessages),
      manage: interaction.memberPermissions?.has(ManageMessages),
    }));
    s.dispatchInteraction(payload);
    expect(await seen).toEqual({ pin: true, manage: false });
  });

  it('builds interactions in a thread (active, archived, locked) and applies Discord’s thread rules to the bot', async () => {
    const s = await standIn();
    const client = await loggedIn(s);
    const thread = s.createThread({ name: 'weekly-summary' });
    const payload = chatInput(s, { name: 'summary', channelId: thread.id });
    expect(payload.channel).toMatchObject({
      id: thread.id,
      type: ChannelType.PublicThread,
      parent_id: s.channelId,
      guild_id: s.guildId,
      thread_metadata: { archived: false, locked: false },
    });
    expect(payload.channel_id).toBe(thread.id);
    const replied = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
      const channel = interaction.channel;
      if (!channel?.isThread()) throw new Error('expected the interaction’s channel to be a cached thread');
      expect(channel.parentId).toBe(s.channelId);
      await interaction.reply({ content: 'posting the summary' });
      const posted = await channel.send(summaryMessage('in a thread'));
      await channel.messages.pin(posted.id, 'thread summary');
      return { channel, posted };
    });
    s.dispatchInteraction(payload);
    const { channel, posted } = await replied;
    expect(s.messages.pins(thread.id).map((pin) => pin.message.id)).toEqual([posted.id]);

    // A moderator archives it: pins and edits are refused, while a new message unarchives it.
    const archived = once(client, Events.ThreadUpdate);
    s.updateThread(thread.id, { archived: true });
    await archived;
    expect(channel.archived).toBe(true);
    expect(await rejectionOf(channel.messages.unpin(posted.id))).toMatchObject({
      status: 400,
      code: 50083,
      message: 'Thread is archived',
    });
    expect(await rejectionOf(posted.edit({ content: 'x' }))).toMatchObject({ code: 50083 });
    const unarchived = once(client, Events.ThreadUpdate);
    await channel.send({ content: 'bump' });
    await unarchived;
    expect(channel.archived).toBe(false);

    // Locked (and archived): the bot, without MANAGE_THREADS, can neither post nor answer there.
    s.updateThread(thread.id, { archived: true, locked: true });
    expect(await rejectionOf(channel.send({ content: 'x' }))).toMatchObject({ status: 400, code: 50083 });
    const inLocked = chatInput(s, { name: 'summary', channelId: thread.id });
    expect(inLocked.channel).toMatchObject({ thread_metadata: { archived: true, locked: true } });
    const refused = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
      return rejectionOf(interaction.reply({ content: 'x' }));
    });
    s.dispatchInteraction(inLocked);
    expect(await refused).toMatchObject({ status: 400, code: 50083 });
    // Locked but active: 160005 for posts and pins.
    s.updateThread(thread.id, { archived: false });
    expect(await rejectionOf(channel.messages.pin(posted.id))).toMatchObject({ status: 400, code: 160005 });

    // SEND_MESSAGES has no effect in threads; SEND_MESSAGES_IN_THREADS (taken from the parent) does.
    s.updateThread(thread.id, { locked: false });
    const { ViewChannel, SendMessages, PinMessages } = PermissionFlagsBits;
    s.setBotChannelPermissions(s.channelId, ViewChannel | SendMessages | PinMessages);
    expect(s.botPermissions(thread.id)).toBe(ViewChannel | SendMessages | PinMessages);
    expect(BigInt(chatInput(s, { name: 'summary', channelId: thread.id }).app_permissions)).toBe(
      ViewChannel | SendMessages | PinMessages,
    );
    expect(await rejectionOf(channel.send({ content: 'x' }))).toMatchObject({ status: 403, code: 50013 });
    expect(() => s.setBotChannelPermissions(thread.id, 0n)).toThrow(/thread/);
  });

  it('keeps a thread archived before login out of the cache, as Discord does; GET /channels/{id} still returns it', async () => {
    const s = await standIn();
    const thread = s.createThread({ archived: true });
    const client = await loggedIn(s);
    expect(client.channels.cache.has(thread.id)).toBe(false);
    const fetched = await client.channels.fetch(thread.id);
    expect(fetched?.isThread() && fetched.archived).toBe(true);
    const inDm = chatInput(s, { name: 'summary', guild: false });
    expect(inDm.channel.type).toBe(ChannelType.DM);
    expect(() => chatInput(s, { name: 'summary', guild: false, channelId: thread.id })).toThrow();

    // In a DM there are no permission checks; pins work the same and write no audit log.
    const dm = await client.users.createDM(s.world.user.id);
    const sent = await dm.send({ content: 'your summary' });
    await dm.messages.pin(sent.id, 'kept');
    expect((await dm.messages.fetchPins()).items.map((item) => item.message.id)).toEqual([sent.id]);
    expect(s.auditLog).toEqual([]);
  });
});
