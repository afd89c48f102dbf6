import { ChannelType, GatewayDispatchEvents, GatewayIntentBits, MessageType } from 'discord.js';
import type { APIMessage, APIUser } from 'discord.js';
import { ApplicationCommandStore } from './application-commands.ts';
import type { RecordedCall } from './call-recorder.ts';
import { AwaitableLog, describeCalls } from './call-recorder.ts';
import type { DropMode, GatewayConnectionRecord, GatewayReceivedRecord, IdentifyRecord } from './gateway-server.ts';
import { GatewayServer } from './gateway-server.ts';
import type { InteractionPayload, PayloadSource } from './interaction-payloads.ts';
import { InteractionRegistry } from './interaction-registry.ts';
import { MessageStore } from './message-store.ts';
import type { AuditLogRecord } from './pin-routes.ts';
import { PIN_LIMIT, refreshLastPinTimestamp } from './pin-routes.ts';
import { FaultQueue } from './rest-faults.ts';
import type { SchemaViolation } from './request-schemas.ts';
import { describeViolations } from './request-schemas.ts';
import { RestServer } from './rest-server.ts';
import type { PublicThreadChannel, ThreadOptions, ThreadState } from './world.ts';
import { DM_APP_PERMISSIONS, World } from './world.ts';

export type { RecordedCall, RecordedFile } from './call-recorder.ts';
export type { DropMode, GatewayConnectionRecord, GatewayReceivedRecord, IdentifyRecord } from './gateway-server.ts';
export type {
  AutocompleteOptions,
  ButtonClickOptions,
  ChatInputOptions,
  InteractionPayload,
  MessageCommandOptions,
  OptionInput,
  PayloadSource,
} from './interaction-payloads.ts';
export { autocomplete, buttonClick, chatInput, messageCommand } from './interaction-payloads.ts';
export type { PinEntry } from './message-store.ts';
export type { AuditLogRecord } from './pin-routes.ts';
export type { SchemaViolation } from './request-schemas.ts';
export { PIN_LIMIT } from './pin-routes.ts';
export type { GuildFixture, PublicThreadChannel, ThreadOptions, ThreadState } from './world.ts';

export interface FillPinsOptions {
  /** Who wrote the pinned messages (default: the stand-in's ordinary user, `world.user`). */
  author?: APIUser;
}

export interface StandInOptions {
  /** What GET /gateway/bot recommends (default 1). Guild i lands on shard i % shards. */
  shards?: number;
  /** How many guilds the bot is in (default 1). */
  guilds?: number;
  /** HELLO's heartbeat_interval in ms (default 41250, Discord's value). */
  heartbeatIntervalMs?: number;
  /** session_start_limit.max_concurrency (default 1, as for any bot under 150k guilds). */
  maxConcurrency?: number;
}

export interface StandIn extends PayloadSource {
  /** For discord.js: `new Client({ rest: { api: standIn.restBase } })`. */
  readonly restBase: string;
  /** What GET /gateway/bot returns as `url` (also READY's resume_gateway_url). */
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUserId: string;
  /** The first guild and its text channel. */
  readonly guildId: string;
  readonly channelId: string;
  /** A real-looking bot token; the only one REST and the gateway accept. */
  readonly token: string;
  readonly messages: MessageStore;
  /** Every REST call, in arrival order. */
  readonly calls: RecordedCall[];
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  readonly identifies: IdentifyRecord[];
  readonly resumes: number;
  readonly gatewayConnections: GatewayConnectionRecord[];
  readonly gatewayReceived: GatewayReceivedRecord[];
  /** Resolves once the shard has a connection that IDENTIFIED or RESUMED and was sent READY/RESUMED. */
  waitForReady(shardId?: number, timeoutMs?: number): Promise<void>;
  /** Op 0 with the session's next sequence number; logged for replay if the shard is disconnected. */
  dispatch(eventName: string, data: unknown, shardId?: number): void;
  /** INTERACTION_CREATE, to the shard owning the payload's guild (DMs: shard 0) unless told otherwise. */
  dispatchInteraction(payload: InteractionPayload, shardId?: number): void;
  /** Knows an interaction delivered some other way (the HTTP endpoint), for its webhook routes. */
  registerInteraction(payload: InteractionPayload): void;
  /** Closes every gateway socket with a close code (default 4000, resumable) or `'terminate'`s it. */
  dropConnections(mode?: DropMode): void;
  /** Sends op 9; `resumable: false` also forgets the session so discord.js must IDENTIFY again. */
  invalidateSession(shardId?: number, resumable?: boolean): void;
  /** The next REST call whose path matches gets a per-route 429, as Discord sends it. */
  rateLimitNext(pathPattern: RegExp, retryAfterSeconds: number): void;
  /**
   * The next `times` (default 1) REST calls whose path matches get this status and JSON body. discord.js
   * retries a 5xx up to `rest.retries` (3) times, so a 500 the bot should see needs `times: 4`.
   */
  failNext(pathPattern: RegExp, status: number, body: unknown, times?: number): void;
  /** The message an interaction's response created or, for component updates, the message it edited. */
  originalResponse(interactionOrToken: InteractionPayload | string): APIMessage | undefined;
  /**
   * Gives the bot exactly `permissions` in a guild text or voice channel (threads follow their parent), as a
   * member overwrite for the bot that allows those bits and denies all others; `null` removes it. REST calls
   * are then checked against it, `app_permissions` of payloads built afterwards reflect it, and a
   * CHANNEL_UPDATE tells discord.js. By default the bot has VIEW_CHANNEL, SEND_MESSAGES(_IN_THREADS),
   * EMBED_LINKS, READ_MESSAGE_HISTORY and PIN_MESSAGES everywhere, but not MANAGE_MESSAGES/MANAGE_THREADS.
   */
  setBotChannelPermissions(channelId: string, permissions: bigint | null): void;
  /** The bot's computed permissions in a channel (a thread: its parent's; a DM: Discord's fixed DM set). */
  botPermissions(channelId: string): bigint;
  /**
   * Pins `count` messages by another user (default `world.user`) in the channel without any gateway
   * traffic, as if they had been pinned over the past hours (one a minute, the newest a minute ago), so a
   * test can reach the pin limit (`PIN_LIMIT`, 250) cheaply. Throws past the limit. Returns them oldest first.
   */
  fillPins(channelId: string, count: number, options?: FillPinsOptions): APIMessage[];
  /** A moderator deletes a message (MESSAGE_DELETE is dispatched); it leaves the pins with it. */
  deleteMessage(channelId: string, messageId: string): void;
  /**
   * A member's message already in the channel (no gateway traffic: the bot has no Message Content
   * intent), for a message context-menu command to target. Default author: `world.user`.
   */
  postMessage(channelId: string, body: { content?: string; embeds?: unknown[] }, author?: APIUser): APIMessage;
  /**
   * A public thread under a text channel (default: the first guild's). THREAD_CREATE is dispatched to
   * connected clients, then THREAD_UPDATE if it is `archived`/`locked` (so discord.js caches it). A thread
   * created archived *before* login is, as on Discord, not in GUILD_CREATE: fetch it with GET /channels/{id}.
   */
  createThread(options?: ThreadOptions): PublicThreadChannel;
  /** A moderator archives, unarchives, locks or renames a thread; THREAD_UPDATE is dispatched. */
  updateThread(threadId: string, state: ThreadState): PublicThreadChannel;
  /** Audit-log entries the bot's REST calls wrote (MESSAGE_PIN 74, MESSAGE_UNPIN 75), oldest first. */
  readonly auditLog: AuditLogRecord[];
  /**
   * Request bodies that broke Discord's OpenAPI schema for their route (each was answered 400, 50035), taken
   * out of the stand-in: a test that sends one on purpose takes it, so `close()` does not fail on it.
   */
  takeSchemaViolations(): SchemaViolation[];
  /** Closes both servers, then rejects if any request body broke Discord's schema and was not taken. */
  close(): Promise<void>;
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const shards = options.shards ?? 1;
  const guildCount = options.guilds ?? 1;
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError('shards must be a positive integer');
  if (!Number.isInteger(guildCount) || guildCount < 1) throw new RangeError('guilds must be a positive integer');

  const world = new World({ guilds: guildCount, shards });
  const commands = new ApplicationCommandStore(world.snowflakes, world.applicationId);
  const interactions = new InteractionRegistry();
  let restBase = '';
  const messages = new MessageStore(world.snowflakes, () => restBase.replace(/\/api$/, ''));
  const callLog = new AwaitableLog<RecordedCall>(describeCalls);
  const faults = new FaultQueue();
  const gateway = new GatewayServer({ world, heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250 });
  const gatewayUrl = await gateway.listen();
  const auditLog: AuditLogRecord[] = [];
  const schemaViolations: SchemaViolation[] = [];
  const rest = new RestServer(
    {
      world,
      messages,
      commands,
      interactions,
      gatewayUrl: () => gatewayUrl,
      recommendedShards: shards,
      maxConcurrency: options.maxConcurrency ?? 1,
      dispatch: (guildId, event, data, intent) => gateway.dispatchForGuild(guildId, event, data, intent),
      auditLog,
    },
    faults,
    callLog,
    world.token,
    schemaViolations,
  );
  restBase = await rest.listen();

  // What the bot posts comes back to it over the gateway, as on Discord, if it asked for message intents.
  messages.onEvent((event) => {
    const intent = event.guildId ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    const guild = event.guildId ? world.guild(event.guildId) : undefined;
    if (event.kind === 'delete') {
      const data = {
        id: event.message.id,
        channel_id: event.message.channel_id,
        ...(guild ? { guild_id: guild.id } : {}),
      };
      gateway.dispatchForGuild(event.guildId, GatewayDispatchEvents.MessageDelete, data, intent);
      return;
    }
    // Guild MESSAGE_CREATEs carry the author's member object, minus the user already given as `author`.
    let data: Record<string, unknown> = { ...event.message };
    if (guild) {
      const { user: _user, ...member } = guild.botMember;
      data = { ...data, guild_id: guild.id, ...(event.message.author.id === world.botUser.id ? { member } : {}) };
    }
    const name = event.kind === 'create' ? GatewayDispatchEvents.MessageCreate : GatewayDispatchEvents.MessageUpdate;
    gateway.dispatchForGuild(event.guildId, name, data, intent);
  });

  const firstGuild = world.guilds[0];
  if (!firstGuild) throw new Error('unreachable: guildCount >= 1');

  const threadEvent = (event: GatewayDispatchEvents, thread: PublicThreadChannel, extra: object = {}): void =>
    gateway.dispatchForGuild(thread.guild_id, event, { ...thread, ...extra }, GatewayIntentBits.Guilds);

  return {
    restBase,
    gatewayUrl,
    applicationId: world.applicationId,
    botUserId: world.botUser.id,
    guildId: firstGuild.id,
    channelId: firstGuild.textChannel.id,
    token: world.token,
    world,
    commands,
    messages,
    calls: callLog.entries,
    waitForCall: (predicate, timeoutMs = 5000) => callLog.waitFor(predicate, timeoutMs, 'REST call'),
    identifies: gateway.identifies,
    get resumes() {
      return gateway.resumes;
    },
    gatewayConnections: gateway.connections,
    gatewayReceived: gateway.received,
    waitForReady: (shardId, timeoutMs) => gateway.waitForReady(shardId, timeoutMs),
    dispatch: (eventName, data, shardId) => gateway.dispatch(eventName, data, shardId),
    registerInteraction: (payload) => interactions.register(payload),
    dispatchInteraction(payload, shardId) {
      interactions.register(payload);
      const target = shardId ?? (payload.guild_id ? gateway.shardOfGuild(payload.guild_id) : 0);
      gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, target);
    },
    dropConnections: (mode) => gateway.dropConnections(mode),
    invalidateSession: (shardId, resumable) => gateway.invalidateSession(shardId, resumable),
    rateLimitNext: (pathPattern, retryAfterSeconds) =>
      faults.add({ kind: 'rate-limit', pattern: pathPattern, retryAfterSeconds }),
    failNext(pathPattern, status, body, times = 1) {
      for (let i = 0; i < times; i += 1) faults.add({ kind: 'fail', pattern: pathPattern, status, body });
    },
    originalResponse(interactionOrToken) {
      const token = typeof interactionOrToken === 'string' ? interactionOrToken : interactionOrToken.token;
      const id = interactions.findByToken(token)?.originalMessageId;
      return id ? messages.find(id) : undefined;
    },
    setBotChannelPermissions(channelId, permissions) {
      const channel = world.setBotChannelPermissions(channelId, permissions);
      gateway.dispatchForGuild(
        channel.guild_id,
        GatewayDispatchEvents.ChannelUpdate,
        channel,
        GatewayIntentBits.Guilds,
      );
    },
    botPermissions(channelId) {
      const found = world.findChannel(channelId);
      if (!found) throw new Error(`The stand-in has no channel ${channelId}`);
      return found.guild ? world.botPermissionBits(found.guild, channelId) : BigInt(DM_APP_PERMISSIONS);
    },
    fillPins(channelId, count, fillOptions = {}) {
      const found = world.findChannel(channelId);
      if (!found) throw new Error(`The stand-in has no channel ${channelId}`);
      const { channel, guild } = found;
      if (![ChannelType.GuildText, ChannelType.PublicThread, ChannelType.DM].includes(channel.type)) {
        throw new Error(`Channel ${channelId} cannot hold pins`);
      }
      if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
      const room = PIN_LIMIT - messages.pinCount(channelId);
      if (count > room) throw new RangeError(`Channel ${channelId} has room for ${room} more pins, not ${count}`);
      const author = fillOptions.author ?? world.user;
      world.rememberUser(author);
      const now = Date.now();
      const created: APIMessage[] = [];
      for (let index = 0; index < count; index += 1) {
        // One pin a minute, each message sent half a minute before it was pinned, all before the test began.
        const pinnedAt = now - (count - index) * 60_000;
        const id = world.snowflakes.at(new Date(pinnedAt - 30_000));
        const origin = { channelId, author, type: MessageType.Default, ...(guild ? { guildId: guild.id } : {}) };
        const message = messages.create(origin, { content: `Pinned note ${index + 1}` }, [], { id, emit: false });
        messages.pin(channelId, id, { at: pinnedAt, emit: false });
        created.push(message);
      }
      refreshLastPinTimestamp(messages, channel);
      return created;
    },
    postMessage(channelId, body, author = world.user) {
      const found = world.findChannel(channelId);
      if (!found) throw new Error(`The stand-in has no channel ${channelId}`);
      world.rememberUser(author);
      const origin = {
        channelId,
        author,
        type: MessageType.Default,
        ...(found.guild ? { guildId: found.guild.id } : {}),
      };
      return messages.create(origin, body, [], { emit: false });
    },
    deleteMessage(channelId, messageId) {
      messages.delete(channelId, messageId);
    },
    createThread(threadOptions = {}) {
      const { thread } = world.createThread({ ...threadOptions, archived: false, locked: false });
      threadEvent(GatewayDispatchEvents.ThreadCreate, thread, { newly_created: true });
      if (threadOptions.archived || threadOptions.locked) {
        world.updateThread(thread.id, { archived: threadOptions.archived, locked: threadOptions.locked });
        threadEvent(GatewayDispatchEvents.ThreadUpdate, thread);
      }
      return thread;
    },
    updateThread(threadId, state) {
      const { thread } = world.updateThread(threadId, state);
      threadEvent(GatewayDispatchEvents.ThreadUpdate, thread);
      return thread;
    },
    auditLog,
    takeSchemaViolations: () => schemaViolations.splice(0),
    async close() {
      await gateway.close();
      await rest.close();
      if (schemaViolations.length > 0) {
        throw new Error(
          `Request bodies broke Discord's API schema:\n${describeViolations(schemaViolations.splice(0))}`,
        );
      }
    },
  };
}
