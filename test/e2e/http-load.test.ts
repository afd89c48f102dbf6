import { createHash, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_KINDS, loadBodies } from '../../bench/http-endpoint.ts';
import { runLoadInChildProcess, signedHeaders } from '../../bench/http-load.ts';
import { createCore } from '../../src/core.ts';
import { setBotContext } from '../../src/discord/bot-context.ts';
import { startInteractionsEndpoint, type RunningEndpoint } from '../../src/http/endpoint-server.ts';
import { createLogger } from '../../src/logger.ts';
import { startStandIn, type StandIn } from './stand-in/index.ts';
import { commands } from '../../commands/index.ts';

const REQUESTS = 3000;
const CONCURRENCY = 32;

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const logs: string[] = [];
let standIn: StandIn;
let endpoint: RunningEndpoint;

beforeAll(async () => {
  // The stand-in only builds realistic payloads and would receive follow-ups; the load never reaches it.
  standIn = await startStandIn();
  setBotContext(createCore(), 0);
  endpoint = await startInteractionsEndpoint({
    commands,
    publicKeyHex: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex'),
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('info', { write: (line: string) => logs.push(line) } as unknown as NodeJS.WritableStream),
    apiUrl: standIn.restBase,
  });
});
afterAll(async () => {
  await endpoint?.close();
  await standIn?.close();
});

/** What the endpoint answers one request of each kind, sent alone: the load must get the same bytes. */
async function referenceAnswers(): Promise<string[]> {
  const hashes: string[] = [];
  for (const kind of LOAD_KINDS) {
    const body = JSON.stringify(kind.make(standIn));
    const response = await fetch(`${endpoint.url}/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(privateKey, body) },
      body,
    });
    expect(response.status, kind.label).toBe(200);
    hashes.push(
      createHash('sha256')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex'),
    );
  }
  return hashes;
}

describe('the HTTP endpoint under load on loopback', () => {
  it(
    `answers all of ${REQUESTS} signed requests from a second process, each correctly`,
    { timeout: 90_000 },
    async () => {
      const expected = await referenceAnswers();
      const { bodies, kinds } = loadBodies(standIn, REQUESTS);
      const logsBefore = logs.length;
      const result = await runLoadInChildProcess(
        {
          url: `${endpoint.url}/interactions`,
          privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
          bodies,
          concurrency: CONCURRENCY,
        },
        // Inside the test's own timeout, so a stuck generator fails the test rather than outliving it.
        80_000,
      );

      expect(result.sent).toBe(REQUESTS);
      const failures = result.results
        .map((r, i) => ({ ...r, i, kind: LOAD_KINDS[kinds[i]!]!.label }))
        .filter((r) => r.status !== 200 || r.sha256 !== expected[kinds[r.i]!]);
      expect(failures.slice(0, 5)).toEqual([]);
      // Every request reached a command module, once.
      const handled = logs.slice(logsBefore).filter((line) => line.includes('"msg":"interaction"'));
      expect(handled).toHaveLength(REQUESTS);
      expect(handled.every((line) => line.includes('"outcome":"ok"'))).toBe(true);
      expect(endpoint.client.users.cache.size).toBe(0);
    },
  );
});
