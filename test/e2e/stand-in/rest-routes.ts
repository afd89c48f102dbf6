import { MessageType, PermissionFlagsBits } from 'discord.js';
import type { APIGuild, APIMessage } from 'discord.js';
import type { ApplicationCommandStore } from './application-commands.ts';
import type { BotAccess } from './channel-access.ts';
import {
  assertCanPost,
  botAccess,
  botHas,
  checkThreadWrite,
  requirePermissions,
  requireView,
} from './channel-access.ts';
import type { InteractionRegistry } from './interaction-registry.ts';
import type { MessageStore } from './message-store.ts';
import { validateMessageBody } from './message-validation.ts';
import type { AuditLogRecord } from './pin-routes.ts';
import {
  RestError,
  invalidFormBody,
  missingAccess,
  unknownGuild,
  unknownMember,
  unknownMessage,
  unknownUser,
  cannotEditOtherUsersMessage,
} from './rest-errors.ts';
import type { RouteContext, Router } from './rest-router.ts';
import { noContent, ok } from './rest-router.ts';
import type { GuildFixture, World } from './world.ts';
import { applicationObject } from './world.ts';

/** Everything the REST routes read and change; one per stand-in. */
export interface RestState {
  world: World;
  messages: MessageStore;
  commands: ApplicationCommandStore;
  interactions: InteractionRegistry;
  gatewayUrl: () => string;
  recommendedShards: number;
  maxConcurrency: number;
  /** A gateway event for whichever session owns the guild (DMs: shard 0), if it identified with `intent`. */
  dispatch(guildId: string | undefined, event: string, data: unknown, intent: number): void;
  /** Audit-log entries written by REST calls (pins and unpins), oldest first. */
  auditLog: AuditLogRecord[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!isRecord(body))
    throw new RestError(
      400,
      invalidFormBody([
        { path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' },
      ]),
    );
  return body;
}

export function param(context: RouteContext, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`Route has no :${name} parameter`);
  return value;
}

function guildOr404(world: World, guildId: string): GuildFixture {
  const guild = world.guild(guildId);
  if (!guild) throw unknownGuild();
  return guild;
}

/** GET /guilds/{id}: the guild object without the gateway-only fields (channels, members, …). */
function restGuild(world: World, guild: GuildFixture, withCounts: boolean): APIGuild {
  const {
    joined_at: _joinedAt,
    large: _large,
    unavailable: _unavailable,
    member_count: _memberCount,
    voice_states: _voiceStates,
    members: _members,
    channels: _channels,
    threads: _threads,
    presences: _presences,
    stage_instances: _stageInstances,
    guild_scheduled_events: _events,
    soundboard_sounds: _sounds,
    ...rest
  } = world.guildCreatePayload(guild, 0);
  return withCounts ? { ...rest, approximate_member_count: 3, approximate_presence_count: 1 } : rest;
}

/** Channel (10003), VIEW_CHANNEL (50001), then the message (10008). */
function messageOr404(
  state: RestState,
  channelId: string,
  messageId: string,
): { access: BotAccess; message: APIMessage } {
  const access = botAccess(state.world, channelId);
  requireView(access);
  const message = state.messages.get(channelId, messageId);
  if (!message) throw unknownMessage();
  return { access, message };
}

function listMessages(state: RestState, context: RouteContext): APIMessage[] {
  const channelId = param(context, 'channelId');
  const access = botAccess(state.world, channelId);
  requireView(access);
  // As documented: without READ_MESSAGE_HISTORY the list is simply empty.
  if (!botHas(access, PermissionFlagsBits.ReadMessageHistory)) return [];
  const limit = Math.min(Math.max(Number(context.query.limit ?? 50) || 50, 1), 100);
  // Discord pages newest first.
  let messages = [...state.messages.list(channelId)].reverse();
  const { before, after } = context.query;
  if (before) messages = messages.filter((m) => BigInt(m.id) < BigInt(before));
  if (after) messages = messages.filter((m) => BigInt(m.id) > BigInt(after));
  return messages.slice(0, limit);
}

function assertOwnApplication(state: RestState, context: RouteContext): void {
  if (param(context, 'applicationId') !== state.world.applicationId) throw missingAccess();
}

function commandGuild(state: RestState, context: RouteContext): string {
  const guildId = param(context, 'guildId');
  // Discord answers Missing Access, not Unknown Guild, for a guild the application is not in.
  if (!state.world.guild(guildId)) throw missingAccess();
  return guildId;
}

export function addCoreRoutes(router: Router, state: RestState): void {
  const { world } = state;

  router
    .add('GET', '/gateway', () => ok({ url: state.gatewayUrl() }), { botAuth: false })
    .add('GET', '/gateway/bot', () =>
      ok({
        url: state.gatewayUrl(),
        shards: state.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: state.maxConcurrency,
        },
      }),
    )
    .add('GET', '/users/@me', () =>
      ok({ ...world.botUser, verified: true, mfa_enabled: false, email: null, locale: 'en-US' }),
    )
    .add('POST', '/users/@me/channels', (context) => {
      const body = requireObjectBody(context.body);
      const user = typeof body.recipient_id === 'string' ? world.userById(body.recipient_id) : undefined;
      if (!user) throw unknownUser();
      return ok(world.dmChannelFor(user));
    })
    .add('GET', '/users/:userId', (context) => {
      const user = world.userById(param(context, 'userId'));
      if (!user) throw unknownUser();
      return ok(user);
    })
    .add('GET', '/applications/@me', () => ok(applicationObject(world)))
    .add('GET', '/oauth2/applications/@me', () => ok(applicationObject(world)));

  router
    .add('GET', '/channels/:channelId', (context) => {
      const access = botAccess(world, param(context, 'channelId'));
      requireView(access);
      return ok(access.channel);
    })
    .add('POST', '/channels/:channelId/typing', (context) => {
      assertCanPost(botAccess(world, param(context, 'channelId')));
      return noContent();
    })
    .add('GET', '/channels/:channelId/messages', (context) => ok(listMessages(state, context)))
    .add('POST', '/channels/:channelId/messages', (context) => {
      const channelId = param(context, 'channelId');
      const access = botAccess(world, channelId);
      const body = requireObjectBody(context.body);
      assertCanPost(access, body);
      const invalid = validateMessageBody(body, { isEdit: false, fileCount: context.files.length });
      if (invalid) throw new RestError(400, invalid);
      checkThreadWrite(state, access, 'send');
      const guildId = access.guild?.id;
      const origin = { channelId, author: world.botUser, type: MessageType.Default, ...(guildId ? { guildId } : {}) };
      return ok(state.messages.create(origin, body, context.files));
    })
    .add('GET', '/channels/:channelId/messages/:messageId', (context) => {
      const { access, message } = messageOr404(state, param(context, 'channelId'), param(context, 'messageId'));
      requirePermissions(access, PermissionFlagsBits.ReadMessageHistory);
      return ok(message);
    })
    .add('PATCH', '/channels/:channelId/messages/:messageId', (context) => {
      const channelId = param(context, 'channelId');
      const { access, message } = messageOr404(state, channelId, param(context, 'messageId'));
      if (message.author.id !== world.botUser.id) throw cannotEditOtherUsersMessage();
      const body = requireObjectBody(context.body);
      if (Array.isArray(body.embeds) && body.embeds.length > 0) {
        requirePermissions(access, PermissionFlagsBits.EmbedLinks);
      }
      const invalid = validateMessageBody(body, { isEdit: true, fileCount: context.files.length });
      if (invalid) throw new RestError(400, invalid);
      checkThreadWrite(state, access, 'modify');
      return ok(state.messages.edit(channelId, message.id, body, context.files));
    })
    .add('DELETE', '/channels/:channelId/messages/:messageId', (context) => {
      const channelId = param(context, 'channelId');
      const { access, message } = messageOr404(state, channelId, param(context, 'messageId'));
      // Anyone's message may go with MANAGE_MESSAGES; the bot's own always may (DMs: only its own).
      if (message.author.id !== world.botUser.id) {
        if (!access.guild) throw new RestError(403, { message: 'Cannot execute action on a DM channel', code: 50003 });
        requirePermissions(access, PermissionFlagsBits.ManageMessages);
      }
      state.messages.delete(channelId, message.id);
      return noContent();
    });

  router
    .add('GET', '/guilds/:guildId', (context) =>
      ok(restGuild(world, guildOr404(world, param(context, 'guildId')), context.query.with_counts === 'true')),
    )
    .add('GET', '/guilds/:guildId/channels', (context) =>
      ok(world.guildChannels(guildOr404(world, param(context, 'guildId')))),
    )
    .add('GET', '/guilds/:guildId/roles', (context) => {
      const guild = guildOr404(world, param(context, 'guildId'));
      return ok([guild.everyoneRole, guild.botRole, guild.moderatorRole]);
    })
    .add('GET', '/guilds/:guildId/members/:userId', (context) => {
      const guild = guildOr404(world, param(context, 'guildId'));
      const member = world.memberOf(guild, param(context, 'userId'));
      if (!member) throw unknownMember();
      return ok(member);
    });

  for (const scope of ['global', 'guild'] as const) {
    const base =
      scope === 'global'
        ? '/applications/:applicationId/commands'
        : '/applications/:applicationId/guilds/:guildId/commands';
    const guildOf = (context: RouteContext): string | null =>
      scope === 'global' ? null : commandGuild(state, context);
    router
      .add('GET', base, (context) => {
        assertOwnApplication(state, context);
        return ok(state.commands.list(guildOf(context)));
      })
      .add('PUT', base, (context) => {
        assertOwnApplication(state, context);
        return ok(state.commands.overwrite(guildOf(context), context.body));
      })
      .add('POST', base, (context) => {
        assertOwnApplication(state, context);
        const { command, created } = state.commands.upsert(guildOf(context), context.body);
        return ok(command, created ? 201 : 200);
      })
      .add('GET', `${base}/:commandId`, (context) => {
        assertOwnApplication(state, context);
        return ok(state.commands.get(guildOf(context), param(context, 'commandId')));
      })
      .add('PATCH', `${base}/:commandId`, (context) => {
        assertOwnApplication(state, context);
        return ok(state.commands.patch(guildOf(context), param(context, 'commandId'), context.body));
      })
      .add('DELETE', `${base}/:commandId`, (context) => {
        assertOwnApplication(state, context);
        state.commands.delete(guildOf(context), param(context, 'commandId'));
        return noContent();
      });
  }
}
