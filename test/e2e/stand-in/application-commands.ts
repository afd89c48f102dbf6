import { ApplicationCommandType, ApplicationIntegrationType } from 'discord.js';
import type {
  APIApplicationCommand,
  APIApplicationCommandOption,
  InteractionContextType,
  Permissions,
} from 'discord.js';
import { RestError, invalidFormBody, unknownApplicationCommand } from './rest-errors.ts';
import type { SnowflakeFactory } from './snowflakes.ts';

/** Discord's documented name rule for chat-input commands and their options. */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type FieldError = { path: Array<string | number>; code: string; message: string };

function validateCommand(body: Record<string, unknown>, path: Array<string | number>): FieldError[] {
  const errors: FieldError[] = [];
  const type = typeof body.type === 'number' ? body.type : ApplicationCommandType.ChatInput;
  const name = typeof body.name === 'string' ? body.name : '';
  if (!name) {
    errors.push({ path: [...path, 'name'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else if (
    type === ApplicationCommandType.ChatInput &&
    (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())
  ) {
    errors.push({
      path: [...path, 'name'],
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: `Command name is invalid`,
    });
  } else if (name.length > 32) {
    errors.push({
      path: [...path, 'name'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 32 in length.',
    });
  }
  if (type === ApplicationCommandType.ChatInput) {
    const description = typeof body.description === 'string' ? body.description : '';
    if (description.length < 1 || description.length > 100) {
      errors.push({
        path: [...path, 'description'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
  }
  const options = Array.isArray(body.options) ? body.options : [];
  if (options.length > 25) {
    errors.push({
      path: [...path, 'options'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 25 or fewer in length.',
    });
  }
  return errors;
}

/** Registered application commands, global and per guild, as bulk-overwrite leaves them. */
export class ApplicationCommandStore {
  /** Keyed by guild id, or '' for global commands. */
  private readonly scopes = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly snowflakes: SnowflakeFactory,
    private readonly applicationId: string,
  ) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return this.scopes.get(guildId ?? '') ?? [];
  }

  get(guildId: string | null, commandId: string): APIApplicationCommand {
    const command = this.list(guildId).find((c) => c.id === commandId);
    if (!command) throw unknownApplicationCommand();
    return command;
  }

  /** A registered command's id, so interaction payloads can carry the id Discord would send. */
  idFor(name: string, guildId?: string): string | undefined {
    const inGuild = guildId ? this.list(guildId).find((c) => c.name === name) : undefined;
    return (inGuild ?? this.list(null).find((c) => c.name === name))?.id;
  }

  private build(
    guildId: string | null,
    body: Record<string, unknown>,
    previous: APIApplicationCommand | undefined,
  ): APIApplicationCommand {
    const type =
      typeof body.type === 'number' ? (body.type as ApplicationCommandType) : ApplicationCommandType.ChatInput;
    const command: APIApplicationCommand = {
      id: previous?.id ?? this.snowflakes.next(),
      application_id: this.applicationId,
      version: this.snowflakes.next(),
      default_member_permissions:
        typeof body.default_member_permissions === 'string' ? (body.default_member_permissions as Permissions) : null,
      type,
      name: String(body.name),
      name_localizations: isRecord(body.name_localizations) ? body.name_localizations : null,
      description: typeof body.description === 'string' ? body.description : '',
      description_localizations: isRecord(body.description_localizations) ? body.description_localizations : null,
      nsfw: body.nsfw === true,
    };
    if (guildId) {
      command.guild_id = guildId;
    } else {
      command.dm_permission = body.dm_permission !== false;
      command.integration_types = Array.isArray(body.integration_types)
        ? (body.integration_types as ApplicationIntegrationType[])
        : [ApplicationIntegrationType.GuildInstall];
      command.contexts = Array.isArray(body.contexts) ? (body.contexts as InteractionContextType[]) : null;
    }
    // Options were validated for count only; their deep shape is echoed back as the bot sent it, like Discord does.
    if (Array.isArray(body.options) && body.options.length > 0)
      command.options = body.options as APIApplicationCommandOption[];
    return command;
  }

  /** PUT semantics: the list replaces everything; a command keeps its id when name and type match. */
  overwrite(guildId: string | null, body: unknown): APIApplicationCommand[] {
    if (!Array.isArray(body)) {
      throw new RestError(400, invalidFormBody([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]));
    }
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    body.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) {
        errors.push({
          path: [index],
          code: 'DICT_TYPE_CONVERT',
          message: 'Only dictionaries may be used in a DictType',
        });
        return;
      }
      errors.push(...validateCommand(entry, [index]));
      const key = `${String(entry.type ?? 1)}:${String(entry.name)}`;
      if (seen.has(key)) {
        errors.push({
          path: [index, 'name'],
          code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
          message: `Application command names must be unique`,
        });
      }
      seen.add(key);
    });
    if (body.length > 100)
      errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
    if (errors.length > 0) throw new RestError(400, invalidFormBody(errors));
    const previous = this.list(guildId);
    const next = (body as Array<Record<string, unknown>>).map((entry) =>
      this.build(
        guildId,
        entry,
        previous.find(
          (c) =>
            c.name === entry.name &&
            c.type === ((entry.type as number | undefined) ?? ApplicationCommandType.ChatInput),
        ),
      ),
    );
    this.scopes.set(guildId ?? '', next);
    return next;
  }

  /** POST semantics: upsert by name and type; reports whether it was new (201) or replaced (200). */
  upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    if (!isRecord(body))
      throw new RestError(
        400,
        invalidFormBody([
          { path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' },
        ]),
      );
    const errors = validateCommand(body, []);
    if (errors.length > 0) throw new RestError(400, invalidFormBody(errors));
    const list = [...this.list(guildId)];
    const type = (body.type as number | undefined) ?? ApplicationCommandType.ChatInput;
    const index = list.findIndex((c) => c.name === body.name && c.type === type);
    const command = this.build(guildId, body, index >= 0 ? list[index] : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.scopes.set(guildId ?? '', list);
    return { command, created: index < 0 };
  }

  patch(guildId: string | null, commandId: string, body: unknown): APIApplicationCommand {
    const existing = this.get(guildId, commandId);
    if (!isRecord(body))
      throw new RestError(
        400,
        invalidFormBody([
          { path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' },
        ]),
      );
    const merged: Record<string, unknown> = { ...existing, ...body };
    const errors = validateCommand(merged, []);
    if (errors.length > 0) throw new RestError(400, invalidFormBody(errors));
    const command = this.build(guildId, merged, existing);
    this.scopes.set(
      guildId ?? '',
      this.list(guildId).map((c) => (c.id === commandId ? command : c)),
    );
    return command;
  }

  delete(guildId: string | null, commandId: string): void {
    this.get(guildId, commandId);
    this.scopes.set(
      guildId ?? '',
      this.list(guildId).filter((c) => c.id !== commandId),
    );
  }
}
