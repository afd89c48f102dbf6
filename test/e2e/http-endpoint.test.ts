import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { APIInteraction, APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/discord/command-module.ts';
import { signedHeaders } from '../../bench/http-load.ts';
import {
  startInteractionsEndpoint,
  type EndpointOptions,
  type RunningEndpoint,
} from '../../src/http/endpoint-server.ts';
import { MAX_BODY_BYTES } from '../../src/http/read-body.ts';
import { createLogger } from '../../src/logger.ts';
import { callbackOf, startBotAgainstStandIn, type RunningBot } from './bot-harness.ts';
import { autocomplete, buttonClick, chatInput, messageCommand } from './stand-in/index.ts';
import { interactionResponseProblems } from './stand-in/request-schemas.ts';
import { commands } from '../../commands/index.ts';

const STRING = ApplicationCommandOptionType.String;

/** A key pair standing in for the application's: Discord signs with the private half. */
function keyPair(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicKeyHex: Buffer.from(x, 'base64url').toString('hex') };
}

function captureLogs(): { logs: string[]; logger: ReturnType<typeof createLogger> } {
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) } as unknown as NodeJS.WritableStream);
  return { logs, logger };
}

const keys = keyPair();
const { logs, logger } = captureLogs();
let bot: RunningBot;
let endpoint: RunningEndpoint;

/** An endpoint on a free loopback port with the real commands, posting to the stand-in unless told otherwise. */
const startEndpoint = (options: Partial<EndpointOptions> = {}): Promise<RunningEndpoint> =>
  startInteractionsEndpoint({
    commands,
    publicKeyHex: keys.publicKeyHex,
    host: '127.0.0.1',
    port: 0,
    logger,
    apiUrl: bot.standIn.restBase,
    ...options,
  });

beforeAll(async () => {
  bot = await startBotAgainstStandIn();
  endpoint = await startEndpoint();
});
afterAll(async () => {
  await endpoint?.close();
  await bot?.stop();
});

interface HttpAnswer {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** A request as Discord sends it: the raw body, signed with the timestamp, unless told otherwise. */
async function post(
  body: string,
  options: { headers?: Record<string, string | undefined>; url?: string; key?: KeyObject } = {},
): Promise<HttpAnswer> {
  const signed: Record<string, string | undefined> = {
    'content-type': 'application/json',
    ...signedHeaders(options.key ?? keys.privateKey, body),
    ...options.headers,
  };
  // A header given as undefined is left out, as a request missing it would.
  const headers = Object.fromEntries(
    Object.entries(signed).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const response = await fetch(options.url ?? `${endpoint.url}/interactions`, { method: 'POST', headers, body });
  const text = await response.text();
  const answer = { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) };
  // An answer to an interaction must meet Discord's schema for it, as the gateway's callbacks do at the stand-in.
  if (answer.status === 200) expect(interactionResponseProblems(answer.body)).toEqual([]);
  return answer;
}

async function viaGateway(payload: APIInteraction): Promise<unknown> {
  bot.standIn.dispatchInteraction(payload);
  return (await bot.standIn.waitForCall(callbackOf(payload.id))).body;
}

async function viaHttp(payload: APIInteraction): Promise<unknown> {
  const answer = await post(JSON.stringify(payload));
  expect(answer.status).toBe(200);
  expect(answer.contentType).toBe('application/json');
  return answer.body;
}

const ask = (value: string, extra: Array<{ name: string; type: ApplicationCommandOptionType; value: boolean }> = []) =>
  chatInput(bot.standIn, { name: 'ask', options: [{ name: 'question', type: STRING, value }, ...extra] });

/** An endpoint given the bot token, as the moderator commands need. */
const endpointWithToken = () => startEndpoint({ token: bot.standIn.token });

describe('the HTTP interactions endpoint, called as Discord calls it', () => {
  it('runs the moderator summary commands: refused politely without a bot token, posted and pinned with one', async () => {
    const moderator =
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages;
    const postSummary = () =>
      chatInput(bot.standIn, {
        name: 'summary-post',
        memberPermissions: moderator,
        options: [
          { name: 'part', type: STRING, value: 'key-claims' },
          { name: 'pin', type: ApplicationCommandOptionType.Boolean, value: true },
        ],
      });
    const refused = (await viaHttp(postSummary())) as { type: number; data: { content: string; flags: number } };
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toContain('needs the bot’s token');

    const withToken = await endpointWithToken();
    try {
      const payload = postSummary();
      bot.standIn.registerInteraction(payload);
      const answer = await post(JSON.stringify(payload), { url: `${withToken.url}/interactions` });
      expect(answer.body).toEqual({ type: 5, data: { flags: 64 } });
      const done = await bot.standIn.waitForCall(
        (c) => c.method === 'PATCH' && c.path.endsWith(`/${payload.token}/messages/@original`),
        10_000,
      );
      expect((done.body as { content: string }).content).toMatch(/^📌 Posted and pinned the summary/);
      expect(bot.standIn.messages.pins(bot.standIn.channelId).map((p) => p.message.author.id)).toContain(
        bot.standIn.botUserId,
      );
    } finally {
      await withToken.close();
    }
  });

  it('answers an interaction once: a replay, sequential or simultaneous, gets 409 and posts nothing', async () => {
    const moderator =
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.PinMessages;
    const withToken = await endpointWithToken();
    const channelPosts = () =>
      bot.standIn.calls.filter(
        (c) => c.method === 'POST' && c.path.endsWith(`/channels/${bot.standIn.channelId}/messages`),
      ).length;
    const signedTwice = (part: string) => {
      const payload = chatInput(bot.standIn, {
        name: 'summary-post',
        memberPermissions: moderator,
        options: [{ name: 'part', type: STRING, value: part }],
      });
      bot.standIn.registerInteraction(payload);
      const body = JSON.stringify(payload);
      const headers = signedHeaders(keys.privateKey, body);
      return { payload, send: () => post(body, { headers, url: `${withToken.url}/interactions` }) };
    };
    const finished = (token: string) =>
      bot.standIn.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`), 10_000);
    const refusedAsReplay = {
      status: 409,
      contentType: 'application/json',
      body: { error: 'interaction already received' },
    };
    try {
      const before = channelPosts();
      const once = signedTwice('whole');
      expect((await once.send()).status).toBe(200);
      await finished(once.payload.token);
      expect(await once.send()).toEqual(refusedAsReplay);

      const together = signedTwice('who-stands-where');
      const answers = await Promise.all([together.send(), together.send()]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)).toEqual(refusedAsReplay);
      await finished(together.payload.token);
      expect(channelPosts() - before).toBe(2);
    } finally {
      await withToken.close();
    }
  });

  it('reports ready on the health route and answers PING with PONG', async () => {
    const health = await fetch(`${endpoint.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ready' });

    const pong = await post(JSON.stringify({ type: 1, id: '1', application_id: bot.standIn.applicationId }));
    expect(pong).toEqual({ status: 200, contentType: 'application/json', body: { type: 1 } });
  });

  it('answers every command exactly as the gateway runtime does', async () => {
    const payloads: Array<[string, () => APIInteraction]> = [
      ['/ask', () => ask('What did Abadi say about withdrawing?')],
      ['/ask private', () => ask('Who will lose most?', [{ name: 'private', type: 5, value: true }])],
      ['/ask off-topic', () => ask('How tall is Mount Everest?')],
      ['/ask hostile', () => ask('@everyone <@&123456789012345678> is Russia serving its own interests?')],
      [
        '/ask in a DM',
        () =>
          chatInput(bot.standIn, {
            name: 'ask',
            guild: false,
            options: [{ name: 'question', type: STRING, value: 'eggs basket' }],
          }),
      ],
      [
        '/who',
        () =>
          chatInput(bot.standIn, {
            name: 'who',
            options: [{ name: 'name', type: STRING, value: 'dehghani firouzabadi' }],
          }),
      ],
      [
        '/who did you mean',
        () => chatInput(bot.standIn, { name: 'who', options: [{ name: 'name', type: STRING, value: 'Khamenei' }] }),
      ],
      [
        '/who autocomplete',
        () =>
          autocomplete(bot.standIn, {
            name: 'who',
            options: [{ name: 'name', type: STRING, value: 'netan', focused: true }],
          }),
      ],
      ['/about', () => chatInput(bot.standIn, { name: 'about' })],
      ['an unknown command', () => chatInput(bot.standIn, { name: 'no-such-command' })],
    ];
    for (const [label, make] of payloads) {
      const payload = make();
      const [gateway, http] = [await viaGateway(payload), await viaHttp(payload)];
      expect(http, label).toEqual(gateway);
      const answer = http as { type: number; data: { allowed_mentions?: unknown } };
      if (answer.type !== 8) expect(answer.data.allowed_mentions, label).toEqual({ parse: [] });
    }
  });

  it('tells the member a question too long to read whole was cut, as the gateway runtime does', async () => {
    // Discord's client enforces the option's max_length; a raw request to the endpoint does not.
    const payload = ask(`Who will be the biggest loser in Syria?${' Why?'.repeat(1000)}`);
    const http = (await viaHttp(payload)) as { type: number; data: { content?: string; embeds: unknown[] } };
    expect(http.type).toBe(4);
    expect(http.data.content).toBe(
      'Your question is 5,039 characters long; I read the first 200. Ask a shorter question for a better answer.',
    );
    expect(http.data.embeds).toHaveLength(1);
    expect(http).toEqual(await viaGateway(payload));
  });

  it('answers "Check against the op-ed" on a message, and Share, exactly as the gateway runtime does', async () => {
    const message = bot.standIn.postMessage(bot.standIn.channelId, { content: 'Iran is going to win in Syria' });
    const menu = messageCommand(bot.standIn, { name: 'Check against the op-ed', message });
    const http = (await viaHttp(menu)) as {
      type: number;
      data: { flags?: number; embeds: Array<{ description: string }> };
    };
    expect(http.type).toBe(4);
    expect(http.data.flags).toBe(MessageFlags.Ephemeral);
    expect(http.data.embeds[0]!.description).toMatch(/^❌ \*\*The article says otherwise\.\*\*/u);
    expect(http).toEqual(await viaGateway(menu));
    const ephemeral = bot.standIn.originalResponse(menu) as APIMessage;
    const share = buttonClick(bot.standIn, { customId: 'check:share', message: ephemeral });
    const shared = (await viaHttp(share)) as { type: number; data: { content: string; allowed_mentions: unknown } };
    expect(shared.data.content).toMatch(/^📣 Shared by .+: what the op-ed says about this message$/u);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('pages and swaps cards on button clicks exactly as the gateway runtime does (type 7 updates)', async () => {
    const question = ask('What did Abadi say about withdrawing?');
    await viaGateway(question);
    const askMessage = bot.standIn.originalResponse(question) as APIMessage;
    const miss = chatInput(bot.standIn, { name: 'who', options: [{ name: 'name', type: STRING, value: 'Khamenei' }] });
    await viaGateway(miss);
    const whoMessage = bot.standIn.originalResponse(miss) as APIMessage;

    const clicks = [
      buttonClick(bot.standIn, { customId: 'ask:page:1:more', message: askMessage }),
      buttonClick(bot.standIn, { customId: 'ask:whole:0', message: askMessage }),
      buttonClick(bot.standIn, { customId: 'who:show:khomeini', message: whoMessage }),
    ];
    for (const click of clicks) {
      const http = (await viaHttp(click)) as { type: number };
      expect(http.type).toBe(7);
      expect(http).toEqual(await viaGateway(click));
    }
  });

  it('refuses unsigned, wrongly signed, stale, tampered, malformed and oversized requests', async () => {
    const marker = 'REJECTED-BODY-MARKER';
    const body = JSON.stringify({ ...chatInput(bot.standIn, { name: 'about' }), marker });
    const nowSeconds = Math.floor(Date.now() / 1000);
    const other = keyPair();
    const cases: Array<[string, () => Promise<HttpAnswer>, number]> = [
      ['no signature header', () => post(body, { headers: { 'x-signature-ed25519': undefined } }), 401],
      ['no timestamp header', () => post(body, { headers: { 'x-signature-timestamp': undefined } }), 401],
      ['signed by another key', () => post(body, { key: other.privateKey }), 401],
      ['a signature that is not hex', () => post(body, { headers: { 'x-signature-ed25519': 'zz'.repeat(64) } }), 401],
      [
        'a timestamp ten minutes old',
        () => {
          const stale = String(nowSeconds - 600);
          return post(body, { headers: signedHeaders(keys.privateKey, body, stale) });
        },
        401,
      ],
      [
        'a timestamp ten minutes ahead',
        () => post(body, { headers: signedHeaders(keys.privateKey, body, String(nowSeconds + 600)) }),
        401,
      ],
      [
        'a tampered body',
        () =>
          post(body.replace('about', 'ask'), {
            headers: signedHeaders(keys.privateKey, body),
          }),
        401,
      ],
      [
        'a timestamp changed after signing',
        () => {
          const signed = signedHeaders(keys.privateKey, body, String(nowSeconds));
          return post(body, { headers: { ...signed, 'x-signature-timestamp': String(nowSeconds - 1) } });
        },
        401,
      ],
      ['malformed JSON, correctly signed', () => post(`{"type": 2, "marker": "${marker}", `), 400],
      ['JSON that is not an interaction', () => post(JSON.stringify([marker])), 400],
      ['a body over the limit', () => post(JSON.stringify({ marker, pad: 'x'.repeat(MAX_BODY_BYTES) })), 413],
    ];
    for (const [label, send, status] of cases) {
      const answer = await send();
      expect(answer.status, label).toBe(status);
      expect(answer.body, label).toHaveProperty('error');
    }
    const refusals = logs.filter((line) => line.includes('interaction request refused'));
    expect(refusals.length).toBeGreaterThanOrEqual(cases.length);
    expect(logs.join('\n')).not.toContain(marker);

    // Streamed without a Content-Length, the limit is enforced on the bytes as they arrive.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${endpoint.url}/interactions`, {
        method: 'POST',
        headers: signedHeaders(keys.privateKey, 'never checked'),
      });
      req.once('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        req.destroy();
      });
      req.once('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) req.write(chunk);
    });
    expect(streamed).toBe(413);

    expect((await fetch(`${endpoint.url}/interactions`)).status).toBe(405);
    expect((await fetch(`${endpoint.url}/elsewhere`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('keeps nothing between requests and never logs an interaction token', async () => {
    const payload = chatInput(bot.standIn, { name: 'about', user: { id: '223456789012345678', username: 'someone' } });
    await viaHttp(payload);
    expect(endpoint.client.users.cache.size).toBe(0);
    expect(endpoint.client.channels.cache.size).toBe(0);
    expect(logs.join('\n')).not.toContain(payload.token);
    expect(logs.some((line) => line.includes('"msg":"interaction"') && line.includes('/about'))).toBe(true);
  });
});

/** A small recorder playing Discord's webhook routes, for handlers that follow up after answering. */
async function startWebhookRecorder(): Promise<{
  url: string;
  calls: Array<{ method: string; path: string; body: unknown }>;
  server: Server;
}> {
  const calls: Array<{ method: string; path: string; body: unknown }> = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = text ? JSON.parse(text) : undefined;
      calls.push({ method: request.method ?? '', path: decodeURIComponent(request.url ?? ''), body });
      const message = {
        id: '300000000000000001',
        channel_id: '300000000000000002',
        author: { id: '300000000000000003', username: 'oped-bot', discriminator: '0000', avatar: null },
        content: (body as { content?: string } | undefined)?.content ?? '',
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        pinned: false,
        type: 0,
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, calls, server };
}

describe('handlers that defer, follow up or fail, over HTTP', () => {
  const slow: CommandModule = {
    data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'defers' }) as never },
    async execute(interaction: ChatInputCommandInteraction) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done after deferring', allowedMentions: { parse: [] } });
      await interaction.followUp({ content: 'and a follow-up', allowedMentions: { parse: [] } });
    },
  };
  const broken: CommandModule = {
    data: { name: 'broken', toJSON: () => ({ name: 'broken', description: 'throws' }) as never },
    async execute() {
      throw new Error('a bug in a handler');
    },
  };

  it('returns the deferral as the HTTP response and completes it through the webhook routes', async () => {
    const recorder = await startWebhookRecorder();
    const own = captureLogs();
    const custom = await startEndpoint({ logger: own.logger, apiUrl: recorder.url, commands: [slow, broken] });
    try {
      const url = `${custom.url}/interactions`;
      const deferred = chatInput(bot.standIn, { name: 'slow' });
      const answer = await post(JSON.stringify(deferred), { url });
      expect(answer.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
      const deadline = Date.now() + 5000;
      while (recorder.calls.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      const webhook = `/api/v10/webhooks/${deferred.application_id}/${deferred.token}`;
      expect(recorder.calls.map(({ method, path }) => `${method} ${path.split('?')[0]}`)).toEqual([
        `PATCH ${webhook}/messages/@original`,
        `POST ${webhook}`,
      ]);
      expect(recorder.calls[0]!.body).toMatchObject({
        content: 'done after deferring',
        allowed_mentions: { parse: [] },
      });

      const failing = chatInput(bot.standIn, { name: 'broken' });
      const error = (await post(JSON.stringify(failing), { url })).body as {
        type: number;
        data: Record<string, unknown>;
      };
      expect(error.type).toBe(4);
      expect(error.data.flags).toBe(MessageFlags.Ephemeral);
      expect(error.data.content).toMatch(/^⚠️ Something went wrong on my side \(ref [0-9A-F]{6}\)/);
      const ref = /ref ([0-9A-F]{6})/.exec(String(error.data.content))![1];
      expect(own.logs.some((l) => l.includes(`"ref":"${ref}"`) && l.includes('interaction handler failed'))).toBe(true);
    } finally {
      await custom.close();
      await new Promise((resolve) => recorder.server.close(resolve));
    }
  });
});

describe('shutdown and deferred work', () => {
  it('waits for a handler still finishing after its deferral before closing', async () => {
    const recorder = await startWebhookRecorder();
    const lingering: CommandModule = {
      data: { name: 'lingering', toJSON: () => ({ name: 'lingering', description: 'defers, then works' }) as never },
      async execute(interaction: ChatInputCommandInteraction) {
        await interaction.deferReply();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await interaction.editReply({ content: 'finished during shutdown', allowedMentions: { parse: [] } });
      },
    };
    const custom = await startEndpoint({ apiUrl: recorder.url, commands: [lingering] });
    try {
      const payload = chatInput(bot.standIn, { name: 'lingering' });
      const answer = await post(JSON.stringify(payload), { url: `${custom.url}/interactions` });
      expect(answer.body).toEqual({ type: 5, data: { flags: 0 } });
      await custom.close();
      expect(recorder.calls.map((c) => c.method)).toEqual(['PATCH']);
      expect(recorder.calls[0]!.body).toMatchObject({ content: 'finished during shutdown' });
    } finally {
      await new Promise((resolve) => recorder.server.close(resolve));
    }
  });
});

describe('npm run serve (the real entry point with --mode=http)', () => {
  it('listens, answers signed requests, and exits 0 on SIGTERM', { timeout: 30_000 }, async () => {
    const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const entry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
    const serve = spawn(process.execPath, ['--import', tsxLoader, entry, '--mode=http'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        DOTENV_CONFIG_PATH: '/nonexistent',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_API_URL: bot.standIn.restBase,
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: '0',
        ASK_COOLDOWN_SECONDS: '0',
      },
    });
    try {
      const ready = await new Promise<{ url: string }>((resolve, reject) => {
        let text = '';
        serve.stdout!.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const line = text.split('\n').find((l) => l.includes('"msg":"ready"'));
          if (line) resolve(JSON.parse(line) as { url: string });
        });
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code} before it was ready`)));
      });
      expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
      const pong = await post(JSON.stringify({ type: 1 }), { url: ready.url });
      expect(pong.body).toEqual({ type: 1 });
      const about = chatInput(bot.standIn, { name: 'about' });
      expect((await post(JSON.stringify(about), { url: ready.url })).body).toEqual(await viaGateway(about));
      const exited = new Promise<number | null>((resolve) => serve.once('exit', resolve));
      serve.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      serve.kill('SIGKILL');
    }
  });
});

describe('shutting the HTTP endpoint down', () => {
  it('reports 503 on /health while draining and still serves, then stops', async () => {
    const draining = await startEndpoint();
    const closing = draining.close(5_000, 300);
    const health = await fetch(`${draining.url}/health`);
    expect(health.status).toBe(503);
    const pong = await post(JSON.stringify({ type: 1, id: '1', application_id: bot.standIn.applicationId }), {
      url: `${draining.url}/interactions`,
    });
    expect(pong.body).toEqual({ type: 1 });
    await closing;
    await expect(fetch(`${draining.url}/health`)).rejects.toThrow();
  });
});
