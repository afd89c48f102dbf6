import { describe, expect, it } from 'vitest';
import { DiscordStartError, explainDiscordFailure, reachingDiscord } from '../src/discord-start-error.ts';

/** An error as Node's sockets, DNS and TLS raise it: a message and a code. */
function nodeError(message: string, code: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

const line = (host: string, reason: string): string =>
  `cannot reach Discord at ${host}: ${reason}. Check your network or DISCORD_API_URL.`;

// The spawned processes in test/e2e/start-up-failures.test.ts cover what loopback can produce
// (refused, TLS to a plain server, a closed connection); these are the failures it cannot.
describe('the one line shown when start-up cannot reach Discord', () => {
  it.each([
    [
      'no network: discord.com does not resolve',
      nodeError('getaddrinfo ENOTFOUND discord.com', 'ENOTFOUND', { syscall: 'getaddrinfo', hostname: 'discord.com' }),
      undefined,
      line('discord.com', 'DNS lookup failed (no such host)'),
    ],
    [
      'no DNS server answers',
      nodeError('getaddrinfo EAI_AGAIN discord.com', 'EAI_AGAIN'),
      undefined,
      line('discord.com', 'DNS lookup failed (no DNS server answered: offline?)'),
    ],
    [
      "@discordjs/rest's request timeout",
      new DOMException('This operation was aborted', 'AbortError'),
      'http://127.0.0.1:4000/api',
      line('127.0.0.1:4000', 'no answer in time'),
    ],
    [
      'a connect timeout',
      nodeError('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT'),
      undefined,
      line('discord.com', 'connection timed out'),
    ],
    [
      'an unreachable network',
      nodeError('connect ENETUNREACH 162.159.0.1:443', 'ENETUNREACH'),
      undefined,
      line('discord.com', 'network unreachable'),
    ],
    [
      "a proxy's own certificate",
      nodeError('self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'),
      undefined,
      line('discord.com', 'TLS certificate not trusted (SELF_SIGNED_CERT_IN_CHAIN)'),
    ],
    [
      'an expired certificate, wrapped by fetch',
      Object.assign(new TypeError('fetch failed'), {
        cause: nodeError('certificate has expired', 'CERT_HAS_EXPIRED'),
      }),
      'https://discord.example:8443/api',
      line('discord.example:8443', 'TLS certificate not trusted (CERT_HAS_EXPIRED)'),
    ],
  ])('%s', (_name, error, apiUrl, message) => {
    const explained = explainDiscordFailure(error, apiUrl);
    expect(explained).toBeInstanceOf(DiscordStartError);
    expect((explained as Error).message).toBe(message);
  });

  it.each([
    ['the HTTP port already in use', nodeError('listen EADDRINUSE: address already in use :::8080', 'EADDRINUSE')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('leaves other failures alone: %s', (_name, error) => {
    expect(explainDiscordFailure(error, undefined)).toBe(error);
  });
});

describe('a start-up step that waits on nothing', () => {
  it('ends at its deadline with "no answer in time" while something else keeps the process alive', async () => {
    const keepAlive = setInterval(() => {}, 1_000);
    try {
      await expect(reachingDiscord('http://127.0.0.1:9/api', new Promise(() => {}), 50)).rejects.toThrow(
        line('127.0.0.1:9', 'no answer in time'),
      );
    } finally {
      clearInterval(keepAlive);
    }
  });
});
