import { MessageFlags, MessageReferenceType, MessageType } from 'discord.js';
import type {
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageInteraction,
  APIMessageInteractionMetadata,
  APIMessageReference,
  APIMessageTopLevelComponent,
  APIUser,
} from 'discord.js';
import type { UploadedFile } from './http-body.ts';
import { RestError, invalidFormBody, unknownMessage } from './rest-errors.ts';
import type { SnowflakeFactory } from './snowflakes.ts';
import { discordTimestamp, timestampOfSnowflake } from './snowflakes.ts';

/** Who sent a message and how, which decides the fields Discord fills in around the body. */
export interface MessageOrigin {
  channelId: string;
  guildId?: string;
  author: APIUser;
  type: MessageType;
  /** Interaction responses are sent through the application's webhook. */
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  interaction?: APIMessageInteraction;
  /** Flags Discord sets itself, e.g. Loading on a deferred reply. */
  extraFlags?: number;
  /** Set by Discord itself, e.g. on the "pinned a message" system message (never turns it into a reply). */
  reference?: APIMessageReference;
}

export interface CreateOptions {
  /** A ready-made id, e.g. a back-dated one from `SnowflakeFactory.at` for messages older than the test. */
  id?: string;
  /** `false` stores the message without a MESSAGE_CREATE, as for messages that were there before the bot connected. */
  emit?: boolean;
}

/** One entry of a channel's pins: when it was pinned, and the message as it is now. */
export interface PinEntry {
  /** Discord's ISO-8601 flavour, e.g. `2026-01-20T10:00:00.123000+00:00`. */
  pinnedAt: string;
  pinnedAtMs: number;
  message: APIMessage;
}

export type MessageEvent =
  | { kind: 'create' | 'update'; message: APIMessage; guildId?: string }
  | { kind: 'delete'; message: APIMessage; guildId?: string };

/** Flags a sender may set on create; Discord silently drops the rest. */
const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.Ephemeral |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsVoiceMessage |
  MessageFlags.IsComponentsV2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Discord returns every component with a numeric `id`, numbering depth-first from 1 when the sender gave none. */
function numberComponents(components: unknown[]): APIMessageTopLevelComponent[] {
  let next = 1;
  const used = new Set<number>();
  const collect = (component: unknown): void => {
    if (!isRecord(component)) return;
    if (typeof component.id === 'number') used.add(component.id);
    if (Array.isArray(component.components)) component.components.forEach(collect);
    if (isRecord(component.accessory)) collect(component.accessory);
  };
  components.forEach(collect);
  const assign = (component: unknown): unknown => {
    if (!isRecord(component)) return component;
    const copy: Record<string, unknown> = { ...component };
    if (typeof copy.id !== 'number') {
      while (used.has(next)) next += 1;
      copy.id = next;
      used.add(next);
    }
    if (Array.isArray(copy.components)) copy.components = copy.components.map(assign);
    if (isRecord(copy.accessory)) copy.accessory = assign(copy.accessory);
    return copy;
  };
  // The body was validated as an array of objects; its exact component union is not re-checked here.
  return components.map(assign) as APIMessageTopLevelComponent[];
}

function normaliseEmbeds(embeds: unknown[]): APIEmbed[] {
  return embeds.filter(isRecord).map((embed) => {
    const copy: Record<string, unknown> = { type: 'rich', ...embed };
    if (typeof copy.timestamp === 'string') copy.timestamp = discordTimestamp(new Date(copy.timestamp));
    if (Array.isArray(copy.fields)) {
      copy.fields = copy.fields.filter(isRecord).map((field) => ({ inline: false, ...field }));
    }
    return copy as APIEmbed;
  });
}

/** Per-channel store of messages, so what the bot sent can be fetched, edited and clicked on later. */
export class MessageStore {
  private readonly channels = new Map<string, Map<string, APIMessage>>();
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  private readonly guildOfChannel = new Map<string, string>();
  /** channel id → message id → when it was pinned (ms). The message's own `pinned` mirrors membership. */
  private readonly pinTimes = new Map<string, Map<string, number>>();
  private lastPinMs = 0;

  constructor(
    private readonly snowflakes: SnowflakeFactory,
    private readonly attachmentBaseUrl: () => string,
  ) {}

  onEvent(listener: (event: MessageEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: MessageEvent): void {
    // Ephemeral messages only exist for the interaction's user; Discord dispatches nothing for them.
    if ((event.message.flags ?? 0) & MessageFlags.Ephemeral) return;
    for (const listener of this.listeners) listener(event);
  }

  private channel(channelId: string): Map<string, APIMessage> {
    let messages = this.channels.get(channelId);
    if (!messages) {
      messages = new Map();
      this.channels.set(channelId, messages);
    }
    return messages;
  }

  private attachmentsFrom(
    body: Record<string, unknown>,
    files: UploadedFile[],
    channelId: string,
    existing: APIAttachment[],
  ): APIAttachment[] {
    const fileByIndex = new Map<string, UploadedFile>();
    for (const file of files) {
      const match = /^files\[(\d+)\]$/.exec(file.field) ?? /^file(\d*)$/.exec(file.field);
      fileByIndex.set(match?.[1] || '0', file);
    }
    const described = Array.isArray(body.attachments) ? body.attachments.filter(isRecord) : undefined;
    const result: APIAttachment[] = [];
    const upload = (file: UploadedFile, meta: Record<string, unknown> | undefined): void => {
      const id = this.snowflakes.next();
      const filename = typeof meta?.filename === 'string' ? meta.filename : file.filename;
      const url = `${this.attachmentBaseUrl()}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
      const attachment: APIAttachment = {
        id,
        filename,
        size: file.size,
        url,
        proxy_url: url,
        content_type: file.contentType,
      };
      if (typeof meta?.description === 'string') attachment.description = meta.description;
      result.push(attachment);
    };
    if (described === undefined) {
      result.push(...existing);
      for (const file of fileByIndex.values()) upload(file, undefined);
      return result;
    }
    for (const meta of described) {
      const id = String(meta.id);
      const kept = existing.find((attachment) => attachment.id === id);
      if (kept) {
        result.push(kept);
        continue;
      }
      const file = fileByIndex.get(id);
      if (file) upload(file, meta);
    }
    return result;
  }

  create(
    origin: MessageOrigin,
    body: Record<string, unknown>,
    files: UploadedFile[] = [],
    options: CreateOptions = {},
  ): APIMessage {
    const id = options.id ?? this.snowflakes.next();
    const flags = ((typeof body.flags === 'number' ? body.flags : 0) & SETTABLE_FLAGS) | (origin.extraFlags ?? 0);
    const message: APIMessage = {
      type: origin.type,
      content: typeof body.content === 'string' ? body.content : '',
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFrom(body, files, origin.channelId, []),
      embeds: Array.isArray(body.embeds) ? normaliseEmbeds(body.embeds) : [],
      timestamp: discordTimestamp(timestampOfSnowflake(id)),
      edited_timestamp: null,
      flags,
      components: Array.isArray(body.components) ? numberComponents(body.components) : [],
      id,
      channel_id: origin.channelId,
      author: origin.author,
      pinned: false,
      mention_everyone: false,
      tts: body.tts === true,
    };
    if (typeof body.nonce === 'string' || typeof body.nonce === 'number') message.nonce = body.nonce;
    if (origin.webhookId) message.webhook_id = origin.webhookId;
    if (origin.applicationId) message.application_id = origin.applicationId;
    if (origin.interactionMetadata) message.interaction_metadata = origin.interactionMetadata;
    if (origin.interaction) message.interaction = origin.interaction;
    if (isRecord(body.message_reference)) this.attachReference(message, body.message_reference, origin.guildId);
    if (origin.reference) message.message_reference = origin.reference;
    if (origin.guildId) this.guildOfChannel.set(origin.channelId, origin.guildId);
    this.channel(origin.channelId).set(id, message);
    if (options.emit !== false) this.emit({ kind: 'create', message, guildId: origin.guildId });
    return message;
  }

  private attachReference(message: APIMessage, reference: Record<string, unknown>, guildId: string | undefined): void {
    const messageId = typeof reference.message_id === 'string' ? reference.message_id : undefined;
    if (!messageId) return;
    const channelId = typeof reference.channel_id === 'string' ? reference.channel_id : message.channel_id;
    const referenced = this.get(channelId, messageId);
    if (!referenced && reference.fail_if_not_exists !== false) {
      throw new RestError(
        400,
        invalidFormBody([
          { path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' },
        ]),
      );
    }
    message.type = MessageType.Reply;
    message.message_reference = { type: MessageReferenceType.Default, channel_id: channelId, message_id: messageId };
    if (guildId) message.message_reference.guild_id = guildId;
    message.referenced_message = referenced ?? null;
  }

  /** Applies a PATCH body the way Discord does: only the fields present change. */
  edit(channelId: string, messageId: string, body: Record<string, unknown>, files: UploadedFile[] = []): APIMessage {
    const message = this.get(channelId, messageId, { includeEphemeral: true });
    if (!message) throw unknownMessage();
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = Array.isArray(body.embeds) ? normaliseEmbeds(body.embeds) : [];
    if ('components' in body)
      message.components = Array.isArray(body.components) ? numberComponents(body.components) : [];
    if ('attachments' in body || files.length > 0) {
      message.attachments = this.attachmentsFrom(body, files, channelId, message.attachments);
    }
    let flags = message.flags ?? 0;
    // Only SuppressEmbeds can be toggled by an edit; Components V2 can be switched on but never off.
    if (typeof body.flags === 'number') {
      flags = (flags & ~MessageFlags.SuppressEmbeds) | (body.flags & MessageFlags.SuppressEmbeds);
      flags |= body.flags & MessageFlags.IsComponentsV2;
    }
    // The first edit of a deferred reply is what turns "is thinking…" into the answer.
    flags &= ~MessageFlags.Loading;
    message.flags = flags;
    message.edited_timestamp = discordTimestamp();
    this.emit({ kind: 'update', message, guildId: this.guildOfChannel.get(channelId) });
    return message;
  }

  get(channelId: string, messageId: string, options: { includeEphemeral?: boolean } = {}): APIMessage | undefined {
    const message = this.channels.get(channelId)?.get(messageId);
    if (!message) return undefined;
    if (!options.includeEphemeral && (message.flags ?? 0) & MessageFlags.Ephemeral) return undefined;
    return message;
  }

  /** Looks a message up by id alone, for webhook routes that do not name the channel. */
  find(messageId: string): APIMessage | undefined {
    for (const messages of this.channels.values()) {
      const message = messages.get(messageId);
      if (message) return message;
    }
    return undefined;
  }

  /**
   * Oldest first (by id, so back-dated fixtures sort where they belong), ephemeral messages excluded, as
   * GET /channels/{id}/messages would see them (reversed).
   */
  list(channelId: string): APIMessage[] {
    return [...(this.channels.get(channelId)?.values() ?? [])]
      .filter((m) => !((m.flags ?? 0) & MessageFlags.Ephemeral))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  }

  /** Adopts a message the stand-in did not create (e.g. one a test hand-builds for a button click). */
  put(message: APIMessage, guildId?: string): void {
    if (guildId) this.guildOfChannel.set(message.channel_id, guildId);
    this.channel(message.channel_id).set(message.id, message);
    // A hand-built message that says it is pinned counts as pinned since it was sent.
    if (message.pinned && !this.pinTimes.get(message.channel_id)?.has(message.id)) {
      this.pinsOf(message.channel_id).set(message.id, Date.parse(message.timestamp));
    }
  }

  delete(channelId: string, messageId: string): void {
    const messages = this.channels.get(channelId);
    const message = messages?.get(messageId);
    if (!messages || !message) throw unknownMessage();
    messages.delete(messageId);
    this.pinTimes.get(channelId)?.delete(messageId);
    this.emit({ kind: 'delete', message, guildId: this.guildOfChannel.get(channelId) });
  }

  private pinsOf(channelId: string): Map<string, number> {
    let pins = this.pinTimes.get(channelId);
    if (!pins) {
      pins = new Map();
      this.pinTimes.set(channelId, pins);
    }
    return pins;
  }

  /**
   * Pins a stored message (no checks: the routes make those). Pin times are strictly increasing
   * milliseconds, so `before=<pinned_at>` pagination, which discord.js sends with millisecond precision,
   * never skips a pin. `at` back-dates a fixture pin; `emit: false` skips the MESSAGE_UPDATE.
   * Returns false if it was already pinned (nothing changes then, as on Discord).
   */
  pin(channelId: string, messageId: string, options: { at?: number; emit?: boolean } = {}): boolean {
    const message = this.get(channelId, messageId);
    if (!message) throw unknownMessage();
    const pins = this.pinsOf(channelId);
    if (pins.has(messageId)) return false;
    let at = options.at;
    if (at === undefined) {
      at = Math.max(Date.now(), this.lastPinMs + 1);
      this.lastPinMs = at;
    }
    pins.set(messageId, at);
    message.pinned = true;
    if (options.emit !== false) this.emit({ kind: 'update', message, guildId: this.guildOfChannel.get(channelId) });
    return true;
  }

  /** Returns false if the message was not pinned (nothing changes then). */
  unpin(channelId: string, messageId: string): boolean {
    const message = this.get(channelId, messageId);
    if (!message) throw unknownMessage();
    if (!this.pinTimes.get(channelId)?.delete(messageId)) return false;
    message.pinned = false;
    this.emit({ kind: 'update', message, guildId: this.guildOfChannel.get(channelId) });
    return true;
  }

  /** The channel's pins, most recently pinned first (ties, which only back-dated fixtures make, by id). */
  pins(channelId: string): PinEntry[] {
    const entries: PinEntry[] = [];
    for (const [messageId, pinnedAtMs] of this.pinTimes.get(channelId) ?? []) {
      const message = this.get(channelId, messageId);
      if (message) entries.push({ pinnedAt: discordTimestamp(new Date(pinnedAtMs)), pinnedAtMs, message });
    }
    return entries.sort(
      (a, b) => b.pinnedAtMs - a.pinnedAtMs || (BigInt(b.message.id) > BigInt(a.message.id) ? 1 : -1),
    );
  }

  pinCount(channelId: string): number {
    return this.pinTimes.get(channelId)?.size ?? 0;
  }
}
