import { randomBytes } from 'node:crypto';

/** Milliseconds since the Unix epoch of Discord's epoch (2015-01-01T00:00:00Z). */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Hands out snowflakes that are strictly increasing, like Discord's: discord.js sorts caches and
 * compares ids as BigInts, so ids minted later in a test must also compare greater.
 */
export class SnowflakeFactory {
  private lastTimestamp = 0n;
  private increment = 0n;
  private pastIncrement = 0n;

  next(): string {
    return this.mint(() => true);
  }

  /**
   * A snowflake that Discord's sharding formula, `(guild_id >> 22) % shard_count`, puts on `shardId`,
   * so that a stand-in with N shards can give every shard a guild of its own.
   */
  nextOnShard(shardId: number, shardCount: number): string {
    const count = BigInt(shardCount);
    const wanted = BigInt(shardId);
    return this.mint((timestamp) => timestamp % count === wanted);
  }

  /**
   * A snowflake for a moment in the past (e.g. a message that was already in the channel before the test),
   * minted under another worker id so it can never collide with `next()`'s ids.
   */
  at(date: Date): string {
    const timestamp = BigInt(date.getTime()) - DISCORD_EPOCH;
    if (timestamp < 0n) throw new RangeError('A snowflake cannot predate the Discord epoch');
    this.pastIncrement = (this.pastIncrement + 1n) % 4096n;
    const workerId = 2n;
    return ((timestamp << 22n) | (workerId << 17n) | this.pastIncrement).toString();
  }

  private mint(acceptTimestamp: (timestamp: bigint) => boolean): string {
    let timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
    if (timestamp < this.lastTimestamp) timestamp = this.lastTimestamp;
    // Twelve bits of increment per millisecond; past that (or for a shard constraint) borrow a later millisecond.
    if (timestamp === this.lastTimestamp && (this.increment >= 4095n || !acceptTimestamp(timestamp))) {
      timestamp += 1n;
    }
    while (!acceptTimestamp(timestamp)) timestamp += 1n;
    this.increment = timestamp === this.lastTimestamp ? this.increment + 1n : 0n;
    this.lastTimestamp = timestamp;
    const workerId = 1n;
    const processId = 0n;
    return ((timestamp << 22n) | (workerId << 17n) | (processId << 12n) | this.increment).toString();
  }
}

export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Discord's ISO-8601 flavour: microseconds and an explicit `+00:00` offset. */
export function discordTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

export function timestampOfSnowflake(id: string): Date {
  return new Date(Number((BigInt(id) >> 22n) + DISCORD_EPOCH));
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomTokenChars(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
  return out;
}

/**
 * Shaped like a real bot token (base64 user id, 6-char timestamp part, 38-char HMAC part) so code that
 * parses the user id out of the token, as discord.js's censoring and some bots do, sees the stand-in's bot.
 */
export function makeBotToken(botUserId: string): string {
  const idPart = Buffer.from(botUserId).toString('base64').replace(/=+$/, '');
  return `${idPart}.${randomTokenChars(6)}.${randomTokenChars(38)}`;
}

/** Interaction tokens are long opaque base64url strings; unique per interaction so routes can find it. */
export function makeInteractionToken(interactionId: string): string {
  return Buffer.from(`interaction:${interactionId}:${randomBytes(48).toString('base64url')}`).toString('base64url');
}

export function makeSessionId(): string {
  return randomBytes(16).toString('hex');
}
