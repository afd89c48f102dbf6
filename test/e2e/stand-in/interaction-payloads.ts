import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIInteractionDataResolved,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  APIUser,
  InteractionType as InteractionTypeEnum,
} from 'discord.js';
import type { ApplicationCommandStore } from './application-commands.ts';
import { makeInteractionToken } from './snowflakes.ts';
import type { GuildFixture, World } from './world.ts';
import { DM_APP_PERMISSIONS } from './world.ts';

export type InteractionPayload = APIInteraction;

/** What the factories need from a stand-in; `StandIn` satisfies it. */
export interface PayloadSource {
  readonly world: World;
  readonly commands: ApplicationCommandStore;
}

/** Free-form so tests can write `{ name: 'q', type: ApplicationCommandOptionType.String, value: 'x' }`. */
export interface OptionInput {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  focused?: boolean;
  /** For subcommands and subcommand groups. */
  options?: OptionInput[];
}

interface WhoAndWhere {
  /** Overrides merged onto the stand-in's default user; a new id makes a new guild member. */
  user?: Partial<APIUser>;
  /** `false` sends the interaction from the user's DM with the bot. */
  guild?: boolean;
  /** Which stand-in guild (default: the first, or the one `channelId` is in); its text channel is used. */
  guildId?: string;
  /**
   * The guild channel the interaction comes from (default: the guild's text channel). A thread id from
   * `standIn.createThread()` builds an interaction in that thread (`channel` then carries `thread_metadata`
   * and `parent_id`).
   */
  channelId?: string;
  /** Role ids the member has (default: none beyond @everyone). */
  roles?: string[];
  /**
   * The invoking member's permissions in the interaction's channel, overwrites included, exactly as Discord
   * sends them in `member.permissions` (and `channel.permissions`): a decimal string. Default: computed from
   * the member's roles and the channel's (for a thread, its parent's) overwrites.
   */
  memberPermissions?: string | bigint;
  locale?: Locale;
}

export interface ChatInputOptions extends WhoAndWhere {
  name: string;
  options?: OptionInput[];
  commandId?: string;
}

export interface AutocompleteOptions extends WhoAndWhere {
  name: string;
  /** Exactly one option (at any depth) must have `focused: true`; its value is what the user has typed so far. */
  options: OptionInput[];
  commandId?: string;
}

export interface ButtonClickOptions extends Omit<WhoAndWhere, 'guild' | 'guildId' | 'channelId'> {
  customId: string;
  /** The message the button sits on, e.g. `standIn.originalResponse(token)`; the guild follows from its channel. */
  message: APIMessage;
}

const syntheticCommandIds = new WeakMap<World, Map<string, string>>();

/** Discord sends the registered command's id; for unregistered names keep one id per name, as Discord would. */
function commandIdFor(source: PayloadSource, name: string, guildId: string | undefined): string {
  const registered = source.commands.idFor(name, guildId);
  if (registered) return registered;
  let ids = syntheticCommandIds.get(source.world);
  if (!ids) {
    ids = new Map();
    syntheticCommandIds.set(source.world, ids);
  }
  let id = ids.get(name);
  if (!id) {
    id = source.world.snowflakes.next();
    ids.set(name, id);
  }
  return id;
}

function resolveGuild(world: World, who: WhoAndWhere): GuildFixture | undefined {
  if (who.guild === false) {
    if (who.channelId) throw new Error('channelId names a guild channel; a DM interaction (guild: false) has none');
    return undefined;
  }
  if (who.channelId && !who.guildId) {
    const found = world.findChannel(who.channelId);
    if (!found?.guild) throw new Error(`The stand-in has no guild channel ${who.channelId}`);
    return found.guild;
  }
  const guild = who.guildId ? world.guild(who.guildId) : world.guilds[0];
  if (!guild) throw new Error(who.guildId ? `The stand-in has no guild ${who.guildId}` : 'The stand-in has no guilds');
  return guild;
}

/**
 * The fields every interaction shares, shaped like Discord's: guild interactions carry `member` (with
 * computed `permissions`) and never `user`; DM interactions carry `user` and neither `guild_id` nor `member`.
 */
function baseFields(source: PayloadSource, who: WhoAndWhere, guild: GuildFixture | undefined, channelId?: string) {
  const { world } = source;
  const user: APIUser = { ...world.user, ...who.user };
  world.rememberUser(user);
  const id = world.snowflakes.next();
  const common = {
    id,
    application_id: world.applicationId,
    token: makeInteractionToken(id),
    version: 1 as const,
    locale: who.locale ?? Locale.EnglishUS,
    entitlements: [],
    // Discord's current upload limit for a server without boosts (10 MiB).
    attachment_size_limit: 10_485_760,
  };
  if (!guild) {
    const channel = world.dmChannelFor(user);
    return {
      ...common,
      user,
      channel,
      channel_id: channel.id,
      app_permissions: DM_APP_PERMISSIONS,
      context: InteractionContextType.BotDM,
      // "0" is Discord's value for a guild-install authorisation used in the bot's DM.
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
    };
  }
  const textChannel = guild.textChannel;
  const targetChannelId = channelId ?? who.channelId ?? textChannel.id;
  const base = world.memberOf(guild, user.id);
  const roles = who.roles ?? base?.roles ?? [];
  const permissions = (who.memberPermissions ?? world.permissionsIn(guild, roles, user.id, targetChannelId)).toString();
  const member: APIInteractionGuildMember & { unusual_dm_activity_until: null } = {
    avatar: null,
    banner: null,
    communication_disabled_until: null,
    deaf: false,
    flags: base?.flags ?? guild.userMember.flags,
    joined_at: base?.joined_at ?? guild.userMember.joined_at,
    mute: false,
    nick: null,
    pending: false,
    premium_since: null,
    roles,
    unusual_dm_activity_until: null,
    user,
    permissions,
  };
  const found = world.findChannel(targetChannelId);
  if (!found || found.guild !== guild) throw new Error(`Channel ${targetChannelId} is not in guild ${guild.id}`);
  // Discord includes the invoking member's computed permissions on the partial channel. A snapshot, so
  // later changes to the stand-in's channel (overwrites, archiving) do not rewrite what was dispatched.
  const channel = { ...structuredClone(found.channel), permissions };
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    member,
    channel,
    channel_id: targetChannelId,
    // The bot's permissions in this channel (a thread: its parent's), so `setBotChannelPermissions` shows here.
    app_permissions: world.botPermissionsIn(guild, targetChannelId),
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
  };
}

function toApiOptions<T extends InteractionTypeEnum = InteractionTypeEnum.ApplicationCommand>(
  options: OptionInput[],
): APIApplicationCommandInteractionDataOption<T>[] {
  return options.map((option) => {
    const out: Record<string, unknown> = { name: option.name, type: option.type };
    if (option.options) out.options = toApiOptions<T>(option.options);
    else if (option.value !== undefined) out.value = option.value;
    if (option.focused) out.focused = true;
    // The option union is discriminated by `type`; this mirrors the input one-to-one instead of re-deriving it.
    return out as unknown as APIApplicationCommandInteractionDataOption<T>;
  });
}

function flatten(options: OptionInput[]): OptionInput[] {
  return options.flatMap((option) => [option, ...flatten(option.options ?? [])]);
}

/** `resolved` is how Discord hands over the objects behind user, channel, role and mentionable options. */
function resolvedFor(
  world: World,
  guild: GuildFixture | undefined,
  invokerId: string,
  options: OptionInput[],
  channelId: string | undefined,
): APIInteractionDataResolved | undefined {
  const resolved: APIInteractionDataResolved = {};
  for (const option of flatten(options)) {
    if (typeof option.value !== 'string') continue;
    const id = option.value;
    const wantsUser =
      option.type === ApplicationCommandOptionType.User || option.type === ApplicationCommandOptionType.Mentionable;
    const wantsRole =
      option.type === ApplicationCommandOptionType.Role || option.type === ApplicationCommandOptionType.Mentionable;
    const user = wantsUser ? world.userById(id) : undefined;
    if (user) {
      resolved.users = { ...resolved.users, [id]: user };
      const member = guild ? world.memberOf(guild, id) : undefined;
      if (guild && member) {
        const { user: _user, deaf: _deaf, mute: _mute, ...rest } = member;
        // A resolved member's permissions are those in the channel the interaction came from.
        const permissions = world.permissionsIn(guild, member.roles, id, channelId ?? guild.textChannel.id).toString();
        resolved.members = { ...resolved.members, [id]: { ...rest, permissions } };
      }
    }
    const role =
      wantsRole && guild
        ? [guild.everyoneRole, guild.moderatorRole, guild.botRole].find((r) => r.id === id)
        : undefined;
    if (role) resolved.roles = { ...resolved.roles, [id]: role };
    if (option.type === ApplicationCommandOptionType.Channel) {
      const found = world.findChannel(id);
      if (found && 'name' in found.channel && found.channel.name !== null) {
        // A resolved channel carries the invoking user's permissions in it.
        const roles = guild ? (world.memberOf(guild, invokerId)?.roles ?? []) : [];
        const permissions = guild ? world.permissionsIn(guild, roles, invokerId, id).toString() : DM_APP_PERMISSIONS;
        resolved.channels = {
          ...resolved.channels,
          [id]: { id, type: found.channel.type, name: found.channel.name, permissions } as NonNullable<
            APIInteractionDataResolved['channels']
          >[string],
        };
      }
    }
  }
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}

function commandData(
  source: PayloadSource,
  name: string,
  options: OptionInput[] | undefined,
  commandId: string | undefined,
  guild: GuildFixture | undefined,
  /** Who invoked the command, for `resolved`; undefined leaves `resolved` out (autocomplete never has it). */
  invokerId: string | undefined,
  channelId?: string,
) {
  const id = commandId ?? commandIdFor(source, name, guild?.id);
  const guildCommand = guild ? source.commands.list(guild.id).find((c) => c.id === id) : undefined;
  const resolved = options && invokerId ? resolvedFor(source.world, guild, invokerId, options, channelId) : undefined;
  return {
    id,
    name,
    type: ApplicationCommandType.ChatInput as const,
    ...(options && options.length > 0 ? { options: toApiOptions(options) } : {}),
    ...(resolved ? { resolved } : {}),
    ...(guildCommand ? { guild_id: guildCommand.guild_id } : {}),
  };
}

/** A slash command invocation (INTERACTION_CREATE, type 2, data.type 1). */
export function chatInput(source: PayloadSource, options: ChatInputOptions): APIChatInputApplicationCommandInteraction {
  const guild = resolveGuild(source.world, options);
  return {
    ...baseFields(source, options, guild),
    type: InteractionType.ApplicationCommand,
    data: commandData(
      source,
      options.name,
      options.options,
      options.commandId,
      guild,
      options.user?.id ?? source.world.user.id,
      options.channelId,
    ),
  };
}

/** An autocomplete request (type 4) while the user types into the focused option. */
export function autocomplete(
  source: PayloadSource,
  options: AutocompleteOptions,
): APIApplicationCommandAutocompleteInteraction {
  const focused = flatten(options.options).filter((option) => option.focused);
  if (focused.length !== 1)
    throw new Error(`An autocomplete payload needs exactly one focused option, got ${focused.length}`);
  const guild = resolveGuild(source.world, options);
  const data = commandData(source, options.name, options.options, options.commandId, guild, undefined);
  return {
    ...baseFields(source, options, guild),
    type: InteractionType.ApplicationCommandAutocomplete,
    // Autocomplete carries options even when the focused one is empty.
    data: { ...data, options: toApiOptions<InteractionTypeEnum.ApplicationCommandAutocomplete>(options.options) },
  };
}

function hasButton(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((component: unknown) => {
    if (typeof component !== 'object' || component === null) return false;
    const c = component as { type?: number; custom_id?: string; components?: unknown; accessory?: unknown };
    if (c.type === ComponentType.Button && c.custom_id === customId) return true;
    return hasButton(c.components, customId) || hasButton(c.accessory ? [c.accessory] : undefined, customId);
  });
}

/** A click on a button of a message (type 3, component_type 2). */
export function buttonClick(source: PayloadSource, options: ButtonClickOptions): APIMessageComponentButtonInteraction {
  if (!hasButton(options.message.components, options.customId)) {
    throw new Error(`Message ${options.message.id} has no button with custom_id "${options.customId}"`);
  }
  const found = source.world.findChannel(options.message.channel_id);
  if (!found) throw new Error(`The stand-in does not know channel ${options.message.channel_id}`);
  const guild = found.guild;
  const who: WhoAndWhere = { ...options, guild: guild !== undefined, ...(guild ? { guildId: guild.id } : {}) };
  return {
    ...baseFields(source, who, guild, options.message.channel_id),
    type: InteractionType.MessageComponent,
    // A snapshot: later edits in the stand-in's store must not change what this click carried.
    message: structuredClone(options.message),
    data: { custom_id: options.customId, component_type: ComponentType.Button },
  };
}

export interface MessageCommandOptions extends WhoAndWhere {
  /** The context-menu command's name, e.g. "Check against the op-ed". */
  name: string;
  /** The message right-clicked, e.g. from `standIn.postMessage()`; the interaction comes from its channel. */
  message: APIMessage;
  commandId?: string;
}

/**
 * A message context-menu command (type 2, data.type 3): Discord sends the target message whole in
 * `data.resolved.messages`, content included, whatever the bot's intents.
 */
export function messageCommand(
  source: PayloadSource,
  options: MessageCommandOptions,
): APIMessageApplicationCommandInteraction {
  const guild = resolveGuild(source.world, { ...options, channelId: options.message.channel_id });
  const { message } = options;
  return {
    ...baseFields(source, options, guild, message.channel_id),
    type: InteractionType.ApplicationCommand,
    data: {
      id: options.commandId ?? commandIdFor(source, options.name, guild?.id),
      name: options.name,
      type: ApplicationCommandType.Message,
      target_id: message.id,
      // A snapshot, as Discord sends it: later edits in the stand-in's store must not change it.
      resolved: { messages: { [message.id]: structuredClone(message) } },
      ...(guild ? { guild_id: guild.id } : {}),
    },
  } as APIMessageApplicationCommandInteraction;
}
