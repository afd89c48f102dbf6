import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type ScriptRun } from './run-script.ts';
import { startStandIn, type StandIn } from './stand-in/index.ts';

/** Well formed, so start-up gets as far as calling Discord; the stand-in accepts only its own. */
const TOKEN = `${Buffer.from('123456789012345678').toString('base64url')}.GhIjKl.${'a1B2c3D4e5'.repeat(4)}`;
const CLIENT_ID = '123456789012345678';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  // server.close() waits for every connection to end; one still open from a client that is gone
  // (seen once in a full run on a busy machine: the test then waited out its three minutes) must
  // not hold the test, so what is still open is destroyed.
  for (const socket of openSockets.get(server) ?? []) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
}

const openSockets = new WeakMap<Server, Set<Socket>>();

/** A server whose connections are tracked, so `close` can end them. */
function tracked(server: Server): Server {
  const sockets = new Set<Socket>();
  openSockets.set(server, sockets);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return server;
}

/** A loopback port nothing listens on: taken from the system, then let go. */
async function refusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

const expectNoToken = (result: ScriptRun, token: string): void => {
  expect(result.stdout + result.stderr).not.toContain(token);
  for (const part of token.split('.')) expect(result.stdout + result.stderr).not.toContain(part);
};

describe('start-up when Discord cannot be reached', () => {
  let port: number;
  beforeAll(async () => {
    port = await refusedPort();
  });
  const unreachable = (prefix: string, host: string, reason: string): string =>
    `${prefix}: cannot reach Discord at ${host}: ${reason}. Check your network or DISCORD_API_URL.\n`;

  it.each([
    ['npm start (gateway)', 'src/main.ts', {}, 'oped-bot cannot start'],
    ['npm start with SHARD_COUNT (shard manager)', 'src/main.ts', { SHARD_COUNT: '2' }, 'oped-bot cannot start'],
    [
      'npm run deploy-commands',
      'src/main.ts deploy-commands',
      { DISCORD_CLIENT_ID: CLIENT_ID },
      'deploy-commands failed',
    ],
  ])('%s: one line, no stack, exit 1, when the connection is refused', async (_name, script, env, prefix) => {
    const result = await runScript(script, {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
      ...env,
    });
    expect(result.stderr).toBe(unreachable(prefix, `127.0.0.1:${port}`, 'connection refused'));
    expect(result.code).toBe(1);
    expectNoToken(result, TOKEN);
  });

  it('names a TLS failure: https:// to a server that speaks plain HTTP', async () => {
    const server = tracked(createHttpServer((_request, response) => response.end()));
    const plain = await listen(server);
    try {
      const result = await runScript('src/main.ts', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: `https://127.0.0.1:${plain}/api`,
      });
      expect(result.stderr).toBe(
        unreachable('oped-bot cannot start', `127.0.0.1:${plain}`, 'TLS handshake failed (is it an http:// server?)'),
      );
      expect(result.code).toBe(1);
    } finally {
      await close(server);
    }
  });

  // discord.js's REST client waits out its 15 s timeout here, then loses the retry: without the
  // guard the process exited 0 with no output at all. Genuinely slow, hence the longer timeout: about
  // 16 s alone, but once over 90 s in a full run on a busy machine, when its retries waited out the
  // timeout again.
  it('fails, not exits 0 in silence, when the server closes every connection unanswered', async () => {
    const server = tracked(createServer((socket) => socket.end()));
    const closing = await listen(server);
    try {
      const result = await runScript('src/main.ts deploy-commands', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: CLIENT_ID,
        DISCORD_API_URL: `http://127.0.0.1:${closing}/api`,
      });
      // Usually the retry is lost and the loop empties; on a busy machine the retries can instead
      // wait until deploy-commands' own deadline. Either way: one line, exit 1, never silence.
      expect([
        unreachable('deploy-commands failed', `127.0.0.1:${closing}`, 'the connection closed without an answer'),
        unreachable('deploy-commands failed', `127.0.0.1:${closing}`, 'no answer in time'),
      ]).toContain(result.stderr);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    } finally {
      await close(server);
    }
  }, 180_000);
});

describe('start-up when Discord refuses the token', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn();
  });
  afterAll(async () => {
    await standIn?.close();
  });
  const refused =
    'Discord refused DISCORD_TOKEN (401 Unauthorized: it was reset, or is not this kind of token): copy the current token from https://discord.com/developers/applications → your app → Bot → Reset Token into DISCORD_TOKEN.\n';

  it.each([
    ['npm start (gateway)', 'src/main.ts', {}, 'oped-bot cannot start'],
    ['npm start with SHARD_COUNT (shard manager)', 'src/main.ts', { SHARD_COUNT: 'auto' }, 'oped-bot cannot start'],
    [
      'npm run deploy-commands',
      'src/main.ts deploy-commands',
      { DISCORD_CLIENT_ID: CLIENT_ID },
      'deploy-commands failed',
    ],
  ])('%s: says so in one line and exits 1', async (_name, script, env, prefix) => {
    const result = await runScript(script, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.restBase, ...env });
    expect(result.stderr).toBe(`${prefix}: ${refused}`);
    expect(result.code).toBe(1);
    expectNoToken(result, TOKEN);
  });
});
