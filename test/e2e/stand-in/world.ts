import {
  ApplicationFlags,
  ChannelType,
  GatewayIntentBits,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  OverwriteType,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import type {
  APIApplication,
  ChannelFlags,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
  APIDMChannel,
  APIGuildCategoryChannel,
  APIGuildMember,
  APIGuildTextChannel,
  APIGuildVoiceChannel,
  APIOverwrite,
  APIRole,
  APIThreadChannel,
  APIThreadMetadata,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';
import { SnowflakeFactory, discordTimestamp, makeBotToken, timestampOfSnowflake } from './snowflakes.ts';

export type GuildTextChannel = APIGuildTextChannel<ChannelType.GuildText>;

/** A public thread as Discord sends it: always with `guild_id`, `parent_id`, `owner_id` and `thread_metadata`. */
export type PublicThreadChannel = APIThreadChannel<ChannelType.PublicThread> & {
  guild_id: string;
  parent_id: string;
  owner_id: string;
  thread_metadata: APIThreadMetadata;
};

export type WorldChannel =
  GuildTextChannel | APIGuildCategoryChannel | APIGuildVoiceChannel | PublicThreadChannel | APIDMChannel;

export interface ThreadOptions {
  /** The text channel the thread hangs off (default: the first guild's text channel). */
  parentId?: string;
  name?: string;
  /** Who started it (default: the stand-in's ordinary user). */
  ownerId?: string;
  archived?: boolean;
  locked?: boolean;
}

export interface ThreadState {
  archived?: boolean;
  locked?: boolean;
  name?: string;
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  everyoneRole: APIRole;
  moderatorRole: APIRole;
  /** The managed role Discord creates when a bot joins with permissions. */
  botRole: APIRole;
  category: APIGuildCategoryChannel;
  textChannel: GuildTextChannel;
  voiceChannel: APIGuildVoiceChannel;
  botMember: APIGuildMember;
  userMember: APIGuildMember;
  /** Public threads made with `createThread`, archived ones included. */
  threads: PublicThreadChannel[];
}

export interface WorldOptions {
  guilds: number;
  shards: number;
}

// The enums have no zero member, yet Discord sends a literal 0 when no flag is set.
const NO_CHANNEL_FLAGS = 0 as ChannelFlags;

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** Roughly the @everyone default of a guild created from Discord's client today. */
const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.Stream |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak |
  PermissionFlagsBits.UseVAD |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.RequestToSpeak |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.UseExternalStickers |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.UseEmbeddedActivities |
  PermissionFlagsBits.SendVoiceMessages |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.UseExternalApps;

/** What an OAuth2 invite for a text-only bot that posts and pins summaries asks for. */
const BOT_ROLE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.PinMessages |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands;

/** Discord's fixed permission set for an app inside a DM. */
export const DM_APP_PERMISSIONS = (
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendTTSMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalStickers |
  PermissionFlagsBits.SendVoiceMessages |
  PermissionFlagsBits.SendPolls |
  PermissionFlagsBits.UseExternalApps
).toString();

function makeUser(id: string, username: string, extra: Partial<APIUser> = {}): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: extra.bot
      ? null
      : username.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`),
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    ...extra,
  };
}

function makeRole(
  id: string,
  name: string,
  position: number,
  permissions: bigint,
  extra: Partial<APIRole> = {},
): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...extra,
  };
}

function makeMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/**
 * The stand-in's fake slice of Discord: one bot, one ordinary human user, N guilds each with a
 * category, a text channel (with overwrites, so permission maths is exercised) and a voice channel.
 */
export class World {
  readonly snowflakes = new SnowflakeFactory();
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly token: string;
  /** The user interactions come from unless a test says otherwise. */
  readonly user: APIUser;
  readonly owner: APIUser;
  readonly guilds: GuildFixture[] = [];
  private readonly dmChannels = new Map<string, APIDMChannel>();
  private readonly knownUsers = new Map<string, APIUser>();

  constructor(options: WorldOptions) {
    // Bots created since 2016 share their id with their application.
    this.applicationId = this.snowflakes.next();
    this.botUser = makeUser(this.applicationId, 'oped-bot', { bot: true });
    this.token = makeBotToken(this.botUser.id);
    this.owner = makeUser(this.snowflakes.next(), 'guild-owner');
    this.user = makeUser(this.snowflakes.next(), 'test-user');
    for (const user of [this.botUser, this.owner, this.user]) this.knownUsers.set(user.id, user);
    for (let index = 0; index < options.guilds; index += 1) {
      this.guilds.push(this.makeGuild(index, options.shards));
    }
  }

  private makeGuild(index: number, shardCount: number): GuildFixture {
    const id = this.snowflakes.nextOnShard(index % shardCount, shardCount);
    const joinedAt = discordTimestamp(timestampOfSnowflake(id));
    const everyoneRole = makeRole(id, '@everyone', 0, EVERYONE_PERMISSIONS);
    const moderatorRole = makeRole(
      this.snowflakes.next(),
      'Moderator',
      2,
      EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageMessages,
      {
        color: 0x3498db,
        colors: { primary_color: 0x3498db, secondary_color: null, tertiary_color: null },
        hoist: true,
        mentionable: true,
      },
    );
    const botRole = makeRole(this.snowflakes.next(), this.botUser.username, 1, BOT_ROLE_PERMISSIONS, {
      managed: true,
      tags: { bot_id: this.botUser.id },
    });
    const categoryId = this.snowflakes.next();
    const category: APIGuildCategoryChannel = {
      id: categoryId,
      type: ChannelType.GuildCategory,
      guild_id: id,
      name: 'Text Channels',
      position: 0,
      flags: NO_CHANNEL_FLAGS,
      parent_id: null,
      nsfw: false,
      permission_overwrites: [],
    };
    const overwrites: APIOverwrite[] = [
      // Mentioning @everyone is withheld here so permission maths that ignores overwrites is caught.
      {
        id: everyoneRole.id,
        type: OverwriteType.Role,
        allow: '0',
        deny: PermissionFlagsBits.MentionEveryone.toString(),
      },
      {
        id: botRole.id,
        type: OverwriteType.Role,
        allow: (
          PermissionFlagsBits.ViewChannel |
          PermissionFlagsBits.SendMessages |
          PermissionFlagsBits.EmbedLinks
        ).toString(),
        deny: '0',
      },
    ];
    const textChannel: GuildTextChannel = {
      id: this.snowflakes.next(),
      type: ChannelType.GuildText,
      guild_id: id,
      name: index === 0 ? 'general' : `general-${index + 1}`,
      position: 0,
      flags: NO_CHANNEL_FLAGS,
      parent_id: categoryId,
      topic: 'Questions about the op-ed go here',
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: overwrites,
    };
    const voiceChannel: APIGuildVoiceChannel = {
      id: this.snowflakes.next(),
      type: ChannelType.GuildVoice,
      guild_id: id,
      name: 'General',
      position: 1,
      flags: NO_CHANNEL_FLAGS,
      parent_id: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      bitrate: 64_000,
      user_limit: 0,
      rtc_region: null,
      permission_overwrites: [],
    };
    return {
      id,
      name: index === 0 ? 'Stand-in Guild' : `Stand-in Guild ${index + 1}`,
      ownerId: this.owner.id,
      everyoneRole,
      moderatorRole,
      botRole,
      category,
      textChannel,
      voiceChannel,
      botMember: makeMember(this.botUser, [botRole.id], joinedAt),
      userMember: makeMember(this.user, [], joinedAt),
      threads: [],
    };
  }

  guild(id: string): GuildFixture | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  rememberUser(user: APIUser): void {
    this.knownUsers.set(user.id, user);
  }

  userById(id: string): APIUser | undefined {
    return this.knownUsers.get(id);
  }

  /** A user's DM channel with the bot, created on first use like Discord's POST /users/@me/channels. */
  dmChannelFor(user: APIUser): APIDMChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = {
        id: this.snowflakes.next(),
        type: ChannelType.DM,
        name: null,
        flags: NO_CHANNEL_FLAGS,
        last_message_id: null,
        recipients: [user],
      };
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  findChannel(id: string): { channel: WorldChannel; guild?: GuildFixture } | undefined {
    for (const guild of this.guilds) {
      for (const channel of [guild.category, guild.textChannel, guild.voiceChannel, ...guild.threads]) {
        if (channel.id === id) return { channel, guild };
      }
    }
    for (const channel of this.dmChannels.values()) {
      if (channel.id === id) return { channel };
    }
    return undefined;
  }

  guildChannels(guild: GuildFixture): Array<GuildTextChannel | APIGuildCategoryChannel | APIGuildVoiceChannel> {
    return [guild.category, guild.textChannel, guild.voiceChannel];
  }

  memberOf(guild: GuildFixture, userId: string): APIGuildMember | undefined {
    if (userId === guild.botMember.user.id) return guild.botMember;
    if (userId === guild.userMember.user.id) return guild.userMember;
    return undefined;
  }

  /** A thread's permissions are its parent channel's, so permission maths and overwrites use the parent. */
  permissionChannelOf(channelId: string): WorldChannel | undefined {
    const channel = this.findChannel(channelId)?.channel;
    if (channel?.type === ChannelType.PublicThread) return this.findChannel(channel.parent_id)?.channel;
    return channel;
  }

  /**
   * Discord's documented permission algorithm: base role permissions, then overwrites in order (a thread
   * uses its parent's overwrites).
   */
  permissionsIn(guild: GuildFixture, roleIds: readonly string[], userId: string, channelId: string): bigint {
    if (userId === guild.ownerId) return ALL_PERMISSIONS;
    const roles = [guild.everyoneRole, guild.moderatorRole, guild.botRole];
    let permissions = BigInt(guild.everyoneRole.permissions);
    for (const role of roles) {
      if (roleIds.includes(role.id)) permissions |= BigInt(role.permissions);
    }
    if (permissions & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
    const overwrites = this.permissionChannelOf(channelId);
    const list = overwrites && 'permission_overwrites' in overwrites ? (overwrites.permission_overwrites ?? []) : [];
    const everyone = list.find((o) => o.id === guild.everyoneRole.id);
    if (everyone) permissions = (permissions & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
    let allow = 0n;
    let deny = 0n;
    for (const overwrite of list) {
      if (
        overwrite.type === OverwriteType.Role &&
        overwrite.id !== guild.everyoneRole.id &&
        roleIds.includes(overwrite.id)
      ) {
        allow |= BigInt(overwrite.allow);
        deny |= BigInt(overwrite.deny);
      }
    }
    permissions = (permissions & ~deny) | allow;
    const member = list.find((o) => o.type === OverwriteType.Member && o.id === userId);
    if (member) permissions = (permissions & ~BigInt(member.deny)) | BigInt(member.allow);
    return permissions;
  }

  botPermissionsIn(guild: GuildFixture, channelId: string): string {
    return this.botPermissionBits(guild, channelId).toString();
  }

  botPermissionBits(guild: GuildFixture, channelId: string): bigint {
    return this.permissionsIn(guild, guild.botMember.roles, this.botUser.id, channelId);
  }

  /**
   * Gives the bot exactly `permissions` in a guild channel, the way a moderator would: a member overwrite
   * for the bot that allows those bits and denies every other one (`null` removes it again). Returns the
   * channel, whose CHANNEL_UPDATE the caller dispatches.
   */
  setBotChannelPermissions(channelId: string, permissions: bigint | null): GuildTextChannel | APIGuildVoiceChannel {
    const found = this.findChannel(channelId);
    if (!found) throw new Error(`The stand-in has no channel ${channelId}`);
    const { channel } = found;
    if (channel.type === ChannelType.PublicThread) {
      throw new Error(`Channel ${channelId} is a thread; threads take their permissions from ${channel.parent_id}`);
    }
    if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildVoice) {
      throw new Error(`Channel ${channelId} is not a guild text or voice channel`);
    }
    const kept = (channel.permission_overwrites ?? []).filter(
      (overwrite) => !(overwrite.type === OverwriteType.Member && overwrite.id === this.botUser.id),
    );
    if (permissions !== null) {
      if (permissions < 0n || (permissions & ~ALL_PERMISSIONS) !== 0n) {
        throw new RangeError(`Unknown permission bits in ${permissions}`);
      }
      kept.push({
        id: this.botUser.id,
        type: OverwriteType.Member,
        allow: permissions.toString(),
        deny: (ALL_PERMISSIONS & ~permissions).toString(),
      });
    }
    channel.permission_overwrites = kept;
    return channel;
  }

  /** A public thread in a guild text channel; the caller dispatches THREAD_CREATE/THREAD_UPDATE. */
  createThread(options: ThreadOptions = {}): { thread: PublicThreadChannel; guild: GuildFixture } {
    const parentId = options.parentId ?? this.guilds[0]?.textChannel.id;
    const found = parentId ? this.findChannel(parentId) : undefined;
    if (!found?.guild || found.channel.type !== ChannelType.GuildText) {
      throw new Error(`Threads need a guild text channel as parent, got ${parentId}`);
    }
    const { guild } = found;
    const id = this.snowflakes.next();
    const created = discordTimestamp(timestampOfSnowflake(id));
    const thread: PublicThreadChannel = {
      id,
      type: ChannelType.PublicThread,
      guild_id: guild.id,
      parent_id: found.channel.id,
      owner_id: options.ownerId ?? this.user.id,
      name: options.name ?? 'summary-discussion',
      flags: NO_CHANNEL_FLAGS,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
        archive_timestamp: created,
        locked: false,
        create_timestamp: created,
      },
    };
    guild.threads.push(thread);
    this.updateThread(id, { archived: options.archived ?? false, locked: options.locked ?? false });
    return { thread, guild };
  }

  /** Archives, unarchives, locks or renames a thread, as a moderator would; returns it for THREAD_UPDATE. */
  updateThread(threadId: string, state: ThreadState): { thread: PublicThreadChannel; guild: GuildFixture } {
    const found = this.findChannel(threadId);
    if (!found?.guild || found.channel.type !== ChannelType.PublicThread) {
      throw new Error(`The stand-in has no thread ${threadId}`);
    }
    const thread = found.channel;
    const metadata = thread.thread_metadata;
    if (state.archived !== undefined && state.archived !== metadata.archived) {
      metadata.archived = state.archived;
      // Discord moves archive_timestamp whenever a thread is archived or unarchived.
      metadata.archive_timestamp = discordTimestamp();
    }
    if (state.locked !== undefined) metadata.locked = state.locked;
    if (state.name !== undefined) thread.name = state.name;
    return { thread, guild: found.guild };
  }

  /**
   * GUILD_CREATE as a bot receives it: channels without guild_id, and members limited to the bot itself
   * unless the privileged GuildMembers intent was identified with.
   */
  guildCreatePayload(guild: GuildFixture, intents: number): GatewayGuildCreateDispatchData {
    const stripGuildId = <T extends { guild_id?: string }>(channel: T): Omit<T, 'guild_id'> => {
      const { guild_id: _omitted, ...rest } = channel;
      return rest;
    };
    const members = [guild.botMember];
    if (intents & GatewayIntentBits.GuildMembers) members.push(guild.userMember);
    const payload: GatewayGuildCreateDispatchData = {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: GuildVerificationLevel.Low,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.AllMembers,
      roles: [guild.everyoneRole, guild.botRole, guild.moderatorRole],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: guild.textChannel.id,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
      rules_channel_id: null,
      max_presences: null,
      max_members: 25_000_000,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      joined_at: guild.botMember.joined_at ?? discordTimestamp(),
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members,
      channels: [stripGuildId(guild.category), stripGuildId(guild.textChannel), stripGuildId(guild.voiceChannel)],
      // Only active threads are synced on connect; archived ones have to be fetched.
      threads: guild.threads.filter((thread) => !thread.thread_metadata.archived),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
    return payload;
  }
}

/** A small unverified app: limited message-content intent, and it has registered commands. */
export const APPLICATION_FLAGS =
  ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.ApplicationCommandBadge;

/** The application object, as GET /applications/@me returns it for a small bot. */
export function applicationObject(world: World): APIApplication {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: 'Answers questions about one op-ed.',
    summary: '',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: APPLICATION_FLAGS,
    flags_new: String(APPLICATION_FLAGS),
    owner: world.owner,
    team: null,
    bot: world.botUser,
    approximate_guild_count: world.guilds.length,
    redirect_uris: [],
    interactions_endpoint_url: null,
  };
}
