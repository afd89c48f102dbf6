import { generateKeyPairSync } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIInteraction } from 'discord.js';
import { createCore } from '../src/core.ts';
import { setBotContext } from '../src/discord/bot-context.ts';
import { startInteractionsEndpoint } from '../src/http/endpoint-server.ts';
import { createLogger } from '../src/logger.ts';
import { autocomplete, chatInput, startStandIn, type PayloadSource } from '../test/e2e/stand-in/index.ts';
import { runLoadInChildProcess, type LoadResult } from './http-load.ts';
import { commands } from '../commands/index.ts';

const STRING = ApplicationCommandOptionType.String;

/** The kinds of request a load mixes, each answered identically whoever sends it. */
export const LOAD_KINDS: ReadonlyArray<{ label: string; make: (source: PayloadSource) => APIInteraction }> = [
  ...[
    'What did Abadi say about withdrawing?',
    'Who will lose most in Syria?',
    'eggs basket',
    'How tall is Mount Everest?',
  ].map((question) => ({
    label: `/ask ${question}`,
    make: (source: PayloadSource) =>
      chatInput(source, { name: 'ask', options: [{ name: 'question', type: STRING, value: question }] }),
  })),
  ...['dehghani firouzabadi', 'putn', 'Khamenei'].map((name) => ({
    label: `/who ${name}`,
    make: (source: PayloadSource) =>
      chatInput(source, { name: 'who', options: [{ name: 'name', type: STRING, value: name }] }),
  })),
  {
    label: '/who autocomplete',
    make: (source) =>
      autocomplete(source, { name: 'who', options: [{ name: 'name', type: STRING, value: 'netan', focused: true }] }),
  },
  { label: '/about', make: (source) => chatInput(source, { name: 'about' }) },
];

/** `count` request bodies cycling through LOAD_KINDS, each with its own interaction id and token. */
export function loadBodies(source: PayloadSource, count: number): { bodies: string[]; kinds: number[] } {
  const kinds = Array.from({ length: count }, (_, i) => i % LOAD_KINDS.length);
  return { bodies: kinds.map((kind) => JSON.stringify(LOAD_KINDS[kind]!.make(source))), kinds };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface HttpEndpointFigures {
  /** Requests answered per second with `concurrency` in flight (the server saturated). */
  throughputPerSecond: number;
  /** One request at a time: what a single interaction costs, end to end over loopback. */
  p50Ms: number;
  p99Ms: number;
  /** Latency under the saturating load, queueing included. */
  loadedP50Ms: number;
  loadedP99Ms: number;
  requests: number;
  concurrency: number;
  /** Requests not answered 200, over both phases. */
  failed: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function latencies(result: LoadResult): { ok: number; p50: number; p99: number } {
  const sorted = result.results
    .filter((r) => r.status === 200)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  return { ok: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
}

/**
 * The HTTP interactions endpoint on loopback: signed /ask, /who, autocomplete and /about requests
 * from a second process over keep-alive connections, first one at a time (latency), then
 * `concurrency` at once (throughput). Latency is the client's, from sending the request to the
 * whole response. The server logs at `warn`, so logging does not dominate. Nothing leaves
 * 127.0.0.1: follow-ups, were there any, would go to the stand-in.
 */
export async function benchHttpEndpoint(
  options: { requests?: number; concurrency?: number; warmup?: number } = {},
): Promise<HttpEndpointFigures> {
  const requests = options.requests ?? 5000;
  const concurrency = options.concurrency ?? 16;
  const standIn = await startStandIn();
  setBotContext(createCore(), 0);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const endpoint = await startInteractionsEndpoint({
    commands,
    publicKeyHex: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex'),
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('warn'),
    apiUrl: standIn.restBase,
  });
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const run = (count: number, inFlight: number) =>
    runLoadInChildProcess({
      url: `${endpoint.url}/interactions`,
      privateKeyPem,
      bodies: loadBodies(standIn, count).bodies,
      concurrency: inFlight,
    });
  try {
    await run(options.warmup ?? 500, concurrency);
    const single = latencies(await run(Math.min(requests, 1000), 1));
    const loadedResult = await run(requests, concurrency);
    const loaded = latencies(loadedResult);
    return {
      throughputPerSecond: Math.round(loadedResult.sent / (loadedResult.elapsedMs / 1000)),
      p50Ms: single.p50,
      p99Ms: single.p99,
      loadedP50Ms: loaded.p50,
      loadedP99Ms: loaded.p99,
      requests,
      concurrency,
      failed: Math.min(requests, 1000) - single.ok + (requests - loaded.ok),
    };
  } finally {
    await endpoint.close();
    await standIn.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table([await benchHttpEndpoint()]);
}
