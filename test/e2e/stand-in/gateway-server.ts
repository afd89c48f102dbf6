import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants, createDeflate, deflateSync } from 'node:zlib';
import type { Deflate } from 'node:zlib';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import type { GatewayReadyDispatchData } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import { AwaitableLog, now } from './call-recorder.ts';
import { makeSessionId, shardForGuild } from './snowflakes.ts';
import type { World } from './world.ts';
import { APPLICATION_FLAGS } from './world.ts';

export interface IdentifyRecord {
  shard: [number, number] | undefined;
  intents: number;
  sessionId: string;
  at: number;
}

export interface GatewayConnectionRecord {
  /** The query discord.js connected with, e.g. `{ v: '10', encoding: 'json' }`. */
  query: Record<string, string>;
  at: number;
}

export interface GatewayReceivedRecord {
  op: number;
  /** The payload's `d`, with any token replaced by `[token]`. */
  d: unknown;
  shardId: number | undefined;
  at: number;
}

interface ReadyRecord {
  shardId: number;
  kind: 'ready' | 'resumed';
  at: number;
}

/** `dropConnections` closes with a gateway close code, or `'terminate'` destroys the TCP socket (client sees 1006). */
export type DropMode = number | 'terminate';

const CLOSE_REASONS: Record<number, string> = {
  [GatewayCloseCodes.UnknownError]: 'Unknown error.',
  [GatewayCloseCodes.UnknownOpcode]: 'Unknown opcode.',
  [GatewayCloseCodes.DecodeError]: 'Error while decoding payload.',
  [GatewayCloseCodes.NotAuthenticated]: 'Not authenticated.',
  [GatewayCloseCodes.AuthenticationFailed]: 'Authentication failed.',
  [GatewayCloseCodes.AlreadyAuthenticated]: 'Already authenticated.',
  [GatewayCloseCodes.InvalidSeq]: 'Invalid seq.',
  [GatewayCloseCodes.SessionTimedOut]: 'Session timed out.',
  [GatewayCloseCodes.InvalidShard]: 'Invalid shard.',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Invalid API version.',
  [GatewayCloseCodes.InvalidIntents]: 'Invalid intent(s).',
};

/** Events for one shard's session, kept so a RESUME can replay what the client missed. */
class Session {
  seq = 0;
  readonly log: Array<{ s: number; text: string }> = [];
  connection: Connection | undefined;

  constructor(
    readonly id: string,
    readonly shardId: number,
    readonly shardCount: number,
    readonly intents: number,
  ) {}

  get live(): boolean {
    return (
      this.connection !== undefined && this.connection.socket.readyState === WebSocket.OPEN && this.connection.ready
    );
  }
}

/** Discord's zlib-stream transport: one deflate context per connection, each payload ending in a sync flush. */
class ZlibStream {
  private readonly deflate: Deflate = createDeflate({ chunkSize: 65_535 });

  compress(text: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.deflate.write(text, (error) => {
        if (error) reject(error);
      });
      this.deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
        const chunks: Buffer[] = [];
        let chunk: Buffer | null;
        while ((chunk = this.deflate.read() as Buffer | null) !== null) chunks.push(chunk);
        resolve(Buffer.concat(chunks));
      });
    });
  }

  close(): void {
    this.deflate.close();
  }
}

class Connection {
  session: Session | undefined;
  /** READY or RESUMED has gone out on this socket. */
  ready = false;
  /** IDENTIFY's `compress: true`: every payload is its own zlib stream, sent as a binary frame. */
  payloadCompression = false;
  private sendChain: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    private readonly zlibStream: ZlibStream | undefined,
  ) {}

  send(payload: unknown): void {
    this.sendText(JSON.stringify(payload));
  }

  sendText(text: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.zlibStream) {
      const stream = this.zlibStream;
      // Compression is asynchronous; chaining keeps frames in the order they were sent.
      this.sendChain = this.sendChain
        .then(() => stream.compress(text))
        .then((frame) => {
          if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
        })
        .catch((error: unknown) => console.error('[stand-in] gateway compression failed', error));
      return;
    }
    if (this.payloadCompression) {
      this.socket.send(deflateSync(text));
      return;
    }
    this.socket.send(text);
  }

  close(code: number): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(code, CLOSE_REASONS[code] ?? '');
  }

  dispose(): void {
    this.zlibStream?.close();
  }
}

export interface GatewayServerOptions {
  world: World;
  heartbeatIntervalMs: number;
}

/** Discord's gateway on 127.0.0.1: HELLO, IDENTIFY→READY+GUILD_CREATE, heartbeats, RESUME with replay. */
export class GatewayServer {
  readonly identifies: IdentifyRecord[] = [];
  readonly connections: GatewayConnectionRecord[] = [];
  readonly received: GatewayReceivedRecord[] = [];
  resumes = 0;
  private readonly readyLog = new AwaitableLog<ReadyRecord>(
    (entries) => entries.map((e) => `  shard ${e.shardId} ${e.kind} @${e.at.toFixed(0)}ms`).join('\n') || '  (none)',
  );
  private readonly sessions = new Map<string, Session>();
  private readonly currentByShard = new Map<number, Session>();
  private readonly live = new Set<Connection>();
  private server: WebSocketServer | undefined;
  private url = '';

  constructor(private readonly options: GatewayServerOptions) {}

  async listen(): Promise<string> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    server.on('connection', (socket, request) => this.accept(socket, request));
    const { port } = server.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const connection of this.live) {
      connection.socket.terminate();
      connection.dispose();
    }
    this.live.clear();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const query = Object.fromEntries(new URL(request.url ?? '/', 'ws://127.0.0.1').searchParams);
    this.connections.push({ query, at: now() });
    const connection = new Connection(socket, query.compress === 'zlib-stream' ? new ZlibStream() : undefined);
    this.live.add(connection);
    socket.on('close', () => {
      this.live.delete(connection);
      if (connection.session?.connection === connection) connection.session.connection = undefined;
      connection.dispose();
    });
    socket.on('message', (data, isBinary) => this.onMessage(connection, data, isBinary));
    if (query.v !== '10') {
      connection.close(GatewayCloseCodes.InvalidAPIVersion);
      return;
    }
    if (query.encoding !== undefined && query.encoding !== 'json') {
      // ETF is not spoken here; Discord would accept it, so fail loudly rather than pretend.
      console.error(`[stand-in] gateway asked for encoding=${query.encoding}; only json is implemented`);
      connection.close(GatewayCloseCodes.DecodeError);
      return;
    }
    connection.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["stand-in-gateway",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      const text = Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Array.isArray(data)
          ? Buffer.concat(data).toString('utf8')
          : Buffer.from(data).toString('utf8');
      if (isBinary) throw new Error('binary frames are ETF, which this gateway does not decode');
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      connection.close(GatewayCloseCodes.DecodeError);
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    const d = payload.d;
    const redacted = typeof d === 'object' && d !== null && 'token' in d ? { ...d, token: '[token]' } : d;
    this.received.push({ op, d: redacted, shardId: connection.session?.shardId, at: now() });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        connection.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.identify(connection, d);
        return;
      case GatewayOpcodes.Resume:
        this.resume(connection, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) connection.close(GatewayCloseCodes.NotAuthenticated);
        return;
      default:
        connection.close(GatewayCloseCodes.UnknownOpcode);
    }
  }

  private identify(connection: Connection, d: unknown): void {
    if (connection.session) {
      connection.close(GatewayCloseCodes.AlreadyAuthenticated);
      return;
    }
    const data = (typeof d === 'object' && d !== null ? d : {}) as {
      token?: unknown;
      intents?: unknown;
      shard?: unknown;
      compress?: unknown;
    };
    if (data.token !== this.options.world.token) {
      connection.close(GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    if (typeof data.intents !== 'number') {
      connection.close(GatewayCloseCodes.InvalidIntents);
      return;
    }
    let shard: [number, number] | undefined;
    if (data.shard !== undefined) {
      const [id, count] = Array.isArray(data.shard) ? (data.shard as unknown[]) : [];
      if (typeof id !== 'number' || typeof count !== 'number' || count < 1 || id < 0 || id >= count) {
        connection.close(GatewayCloseCodes.InvalidShard);
        return;
      }
      shard = [id, count];
    }
    const [shardId, shardCount] = shard ?? [0, 1];
    const session = new Session(makeSessionId(), shardId, shardCount, data.intents);
    this.sessions.set(session.id, session);
    this.currentByShard.set(shardId, session);
    this.identifies.push({ shard, intents: data.intents, sessionId: session.id, at: now() });
    connection.session = session;
    connection.payloadCompression = data.compress === true;
    session.connection = connection;

    const { world } = this.options;
    const guilds = world.guilds.filter((guild) => shardForGuild(guild.id, shardCount) === shardId);
    const ready: GatewayReadyDispatchData & Record<string, unknown> = {
      v: 10,
      user_settings: {},
      user: { ...world.botUser, verified: true, mfa_enabled: false, email: null },
      session_type: 'normal',
      session_id: session.id,
      resume_gateway_url: this.url,
      relationships: [],
      private_channels: [],
      presences: [],
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['us-east', 'us-central', 'us-south', 'us-west', 'atlanta'],
      application: { id: world.applicationId, flags: APPLICATION_FLAGS, flags_new: String(APPLICATION_FLAGS) },
      ...(shard ? { shard } : {}),
      _trace: ['["stand-in-gateway",{"micros":0}]'],
    };
    this.sendDispatch(session, GatewayDispatchEvents.Ready, ready);
    connection.ready = true;
    this.readyLog.push({ shardId, kind: 'ready', at: now() });
    // Without the Guilds intent Discord sends no GUILD_CREATE, and discord.js stops waiting for one.
    if (session.intents & GatewayIntentBits.Guilds) {
      for (const guild of guilds) {
        this.sendDispatch(session, GatewayDispatchEvents.GuildCreate, world.guildCreatePayload(guild, session.intents));
      }
    }
  }

  private resume(connection: Connection, d: unknown): void {
    if (connection.session) {
      connection.close(GatewayCloseCodes.AlreadyAuthenticated);
      return;
    }
    const data = (typeof d === 'object' && d !== null ? d : {}) as {
      token?: unknown;
      session_id?: unknown;
      seq?: unknown;
    };
    if (data.token !== this.options.world.token) {
      connection.close(GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const session = typeof data.session_id === 'string' ? this.sessions.get(data.session_id) : undefined;
    if (!session) {
      connection.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = typeof data.seq === 'number' ? data.seq : 0;
    if (seq > session.seq) {
      connection.close(GatewayCloseCodes.InvalidSeq);
      return;
    }
    // Discord cuts off the old socket when a session is resumed elsewhere.
    session.connection?.close(GatewayCloseCodes.UnknownError);
    connection.session = session;
    session.connection = connection;
    this.currentByShard.set(session.shardId, session);
    for (const entry of session.log) {
      if (entry.s > seq) connection.sendText(entry.text);
    }
    this.sendDispatch(session, GatewayDispatchEvents.Resumed, { _trace: ['["stand-in-gateway",{"micros":0}]'] });
    connection.ready = true;
    this.resumes += 1;
    this.readyLog.push({ shardId: session.shardId, kind: 'resumed', at: now() });
  }

  /** Sequenced and logged even while the client is disconnected, so a later RESUME replays it. */
  private sendDispatch(session: Session, event: string, data: unknown): void {
    session.seq += 1;
    const text = JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
    session.log.push({ s: session.seq, text });
    if (session.connection) session.connection.sendText(text);
  }

  private sessionFor(shardId: number): Session {
    const session = this.currentByShard.get(shardId);
    if (!session) throw new Error(`No gateway session for shard ${shardId}; has a client with that shard logged in?`);
    return session;
  }

  dispatch(event: string, data: unknown, shardId = 0): void {
    this.sendDispatch(this.sessionFor(shardId), event, data);
  }

  /** Delivers an event to whichever current session owns the guild (DMs go to shard 0), if its intents ask for it. */
  dispatchForGuild(guildId: string | undefined, event: string, data: unknown, requiredIntent: number): void {
    for (const session of new Set(this.currentByShard.values())) {
      const owner = guildId === undefined ? 0 : shardForGuild(guildId, session.shardCount);
      if (owner === session.shardId && (session.intents & requiredIntent) !== 0)
        this.sendDispatch(session, event, data);
    }
  }

  shardOfGuild(guildId: string): number {
    const session = [...this.currentByShard.values()][0];
    return shardForGuild(guildId, session?.shardCount ?? 1);
  }

  dropConnections(mode: DropMode = GatewayCloseCodes.UnknownError): void {
    for (const connection of this.live) {
      // Detach now, so a dispatch made before the close lands is logged for replay rather than lost.
      if (connection.session?.connection === connection) connection.session.connection = undefined;
      connection.ready = false;
      if (mode === 'terminate') connection.socket.terminate();
      else connection.close(mode);
    }
  }

  /** Op 9; with `resumable: false` discord.js starts a new session with IDENTIFY. */
  invalidateSession(shardId = 0, resumable = false): void {
    const session = this.sessionFor(shardId);
    const connection = session.connection;
    if (!resumable) {
      this.sessions.delete(session.id);
      session.connection = undefined;
    }
    connection?.send({ op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    if (connection) connection.ready = false;
  }

  async waitForReady(shardId = 0, timeoutMs = 5000): Promise<void> {
    if (this.currentByShard.get(shardId)?.live) return;
    const since = now();
    await this.readyLog.waitFor(
      (entry) => entry.shardId === shardId && entry.at >= since,
      timeoutMs,
      `READY/RESUMED on shard ${shardId}`,
    );
  }
}
