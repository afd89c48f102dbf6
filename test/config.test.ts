import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const TOKEN = `${Buffer.from('123456789012345678').toString('base64url')}.GhIjKl.${'a1B2c3D4e5'.repeat(4)}`;

/** `npm start` as a person runs it, with only these settings (no .env, nothing else inherited). */
function start(env: NodeJS.ProcessEnv, options: { args?: string[]; input?: string } = {}) {
  return spawnSync(tsx, ['src/main.ts', ...(options.args ?? [])], {
    cwd: root,
    encoding: 'utf8',
    input: options.input,
    env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', ...env },
  });
}

function messageOf(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('readConfig accepted it');
}

describe('configuration', () => {
  it('accepts a bot-shaped token and fills defaults', () => {
    expect(readConfig({ DISCORD_TOKEN: TOKEN })).toMatchObject({ LOG_LEVEL: 'info', ASK_COOLDOWN_SECONDS: 5 });
  });

  it.each([
    [{ DISCORD_TOKEN: 'not-a-token' }, /^DISCORD_TOKEN is not shaped like a bot token/],
    [
      { DISCORD_TOKEN: `${Buffer.from('hello-world-not-an-id').toString('base64url')}.GhIjKl.${'a'.repeat(30)}` },
      /first part is not a bot's user id/,
    ],
    [{ DISCORD_CLIENT_ID: '12ab' }, /^DISCORD_CLIENT_ID must be a Discord id/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL .*use one of fatal/],
    [{ ASK_COOLDOWN_SECONDS: '-1' }, /^ASK_COOLDOWN_SECONDS/],
    [
      { REDIS_URL: 'localhost:6379' },
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL: use a redis:\/\/ or rediss:\/\/ URL such as redis:\/\/127\.0\.0\.1:6379/,
    ],
  ])('rejects %j naming the setting and the fix', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('reads the scaling settings: SHARD_COUNT, MODE, DISCORD_PUBLIC_KEY, HTTP_PORT, HTTP_HOST', () => {
    expect(readConfig({})).toMatchObject({ MODE: 'gateway', HTTP_PORT: 8080, HTTP_HOST: '0.0.0.0' });
    expect(readConfig({}).SHARD_COUNT).toBeUndefined();
    expect(readConfig({}).REDIS_URL).toBeUndefined();
    expect(readConfig({ REDIS_URL: 'redis://:secret@127.0.0.1:6379' }).REDIS_URL).toBe(
      'redis://:secret@127.0.0.1:6379',
    );
    expect(readConfig({ SHARD_COUNT: 'auto' }).SHARD_COUNT).toBe('auto');
    expect(readConfig({ SHARD_COUNT: '4' }).SHARD_COUNT).toBe(4);
    const key = 'ab'.repeat(32);
    expect(
      readConfig({ MODE: 'http', DISCORD_PUBLIC_KEY: key, HTTP_PORT: '3000', HTTP_HOST: '127.0.0.1' }),
    ).toMatchObject({ MODE: 'http', DISCORD_PUBLIC_KEY: key, HTTP_PORT: 3000, HTTP_HOST: '127.0.0.1' });
  });

  it.each([
    [{ SHARD_COUNT: 'many' }, /^SHARD_COUNT must be auto or a whole number: use auto/],
    [{ SHARD_COUNT: '0' }, /^SHARD_COUNT .*use auto \(Discord's recommended count\)/],
    [{ SHARD_COUNT: '2.5' }, /^SHARD_COUNT must be auto or a whole number/],
    [{ MODE: 'webhook' }, /^MODE .*use gateway .* or http/],
    [{ MODE: 'http' }, /^DISCORD_PUBLIC_KEY is missing, and MODE=http needs it: copy the Public Key/],
    [{ MODE: 'http', DISCORD_PUBLIC_KEY: 'not-hex' }, /^DISCORD_PUBLIC_KEY must be the 32-byte Ed25519 public key/],
    [
      { MODE: 'http', DISCORD_PUBLIC_KEY: 'ab'.repeat(32), SHARD_COUNT: 'auto' },
      /^SHARD_COUNT applies to the gateway only/,
    ],
    [{ HTTP_PORT: '65536' }, /^HTTP_PORT .*use a TCP port/],
  ])('rejects %j naming the setting and the fix', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('reads enumerated settings in any case, ignoring spaces around them', () => {
    const key = 'ab'.repeat(32);
    expect(readConfig({ MODE: ' HTTP ', DISCORD_PUBLIC_KEY: key }).MODE).toBe('http');
    expect(readConfig({ MODE: 'Gateway' }).MODE).toBe('gateway');
    expect(readConfig({ MODE: '  ' }).MODE).toBe('gateway');
    expect(readConfig({ LOG_LEVEL: 'DEBUG ' }).LOG_LEVEL).toBe('debug');
    expect(readConfig({ SHARD_COUNT: ' Auto' }).SHARD_COUNT).toBe('auto');
    expect(readConfig({ SHARD_COUNT: ' 3 ' }).SHARD_COUNT).toBe(3);
  });

  it.each([
    [
      { MODE: 'webhook' },
      'MODE has an unknown value: use gateway (default: the bot connects to Discord) or http (Discord posts interactions to this server).',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL has an unknown value: use one of fatal, error, warn, info, debug, trace, silent.',
    ],
  ])('refuses %j naming the setting, the problem and the allowed values', (env, message) => {
    expect(messageOf(env)).toBe(message);
  });

  const PORTAL = 'https://discord.com/developers/applications → your app → Bot → Reset Token';
  const GET_ONE = `copy the bot token from ${PORTAL}, and set DISCORD_TOKEN in .env (or leave it unset to use the local shell)`;
  const BOT_PREFIX =
    'DISCORD_TOKEN starts with `Bot `: remove the `Bot ` prefix and paste only the token from the Developer Portal (discord.js adds `Bot ` itself).';
  it.each([
    ['a Bot prefix', `Bot ${TOKEN}`, BOT_PREFIX],
    ['a bot prefix in quotes, with spaces and a line break', ` "bot  ${TOKEN}"\n`, BOT_PREFIX],
    [
      'a Bearer prefix',
      `Bearer ${TOKEN}`,
      'DISCORD_TOKEN starts with `Bearer `: remove the `Bearer ` prefix and paste only the token from the Developer Portal (discord.js adds `Bot ` itself).',
    ],
    [
      'quotes kept as part of the value',
      `'${TOKEN}'`,
      'DISCORD_TOKEN is wrapped in quotes that became part of its value: remove them, so the value is the token alone (.env needs no quotes; docker --env-file and some hosting dashboards keep them).',
    ],
    [
      'curly quotes from a chat or a document',
      `“${TOKEN}”`,
      'DISCORD_TOKEN is wrapped in quotes that became part of its value: remove them, so the value is the token alone (.env needs no quotes; docker --env-file and some hosting dashboards keep them).',
    ],
    [
      'a trailing line break',
      `${TOKEN}\n`,
      'DISCORD_TOKEN has a space or line break before or after it: remove it, so the value is the token alone (a token read from a file often ends with a line break).',
    ],
    [
      'two values on one line',
      `${TOKEN} ${TOKEN}`,
      'DISCORD_TOKEN contains a space or line break: paste the token on one line, with nothing else in the value.',
    ],
    [
      'the application id',
      '123456789012345678',
      `DISCORD_TOKEN looks like an application id (digits only), not the bot token: put the id in DISCORD_CLIENT_ID and copy the token from ${PORTAL}.`,
    ],
    [
      'the public key',
      'ab'.repeat(32),
      `DISCORD_TOKEN looks like the application's Public Key (64 hex characters), not the bot token: put it in DISCORD_PUBLIC_KEY (MODE=http only) and copy the token from ${PORTAL}.`,
    ],
    [
      'the client secret',
      'xY3_kP9-'.repeat(4),
      `DISCORD_TOKEN looks like the OAuth2 client secret (32 characters, no dots), not the bot token: copy the token from ${PORTAL} instead.`,
    ],
    [
      'half a token',
      TOKEN.split('.').slice(0, 2).join('.'),
      `DISCORD_TOKEN is not shaped like a bot token (a bot token is three parts joined by two dots; this value has 1): ${GET_ONE}.`,
    ],
    [
      'a token cut short',
      TOKEN.slice(0, -20),
      `DISCORD_TOKEN is not shaped like a bot token (one of its three parts is too short: part of it is missing?): ${GET_ONE}.`,
    ],
  ])('names the paste mistake: %s', (_name, value, message) => {
    const seen = messageOf({ DISCORD_TOKEN: value });
    expect(seen).toBe(message);
    for (const part of value
      .trim()
      .split(/[.\s"'“”]+/)
      .filter((p) => p.length >= 8))
      expect(seen).not.toContain(part);
  });

  it('stops npm start with a pasted `Bot ` prefix in one line, never showing the token', () => {
    const run = start({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(run.stderr).toBe(`oped-bot cannot start: ${BOT_PREFIX}\n`);
    expect(run.status).toBe(1);
    for (const part of TOKEN.split('.')) expect(run.stdout + run.stderr).not.toContain(part);
  });

  it('takes MODE=HTTP as http', () => {
    const run = start({ MODE: 'HTTP' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_PUBLIC_KEY is missing, and MODE=http needs it/);
  });

  it('stops npm start with SHARD_COUNT but no token, naming both', () => {
    const run = start({ SHARD_COUNT: 'auto' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_TOKEN is missing, and SHARD_COUNT needs it/);
  });

  it('stops npm run serve without a public key', () => {
    const run = start({}, { args: ['--mode=http'] });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_PUBLIC_KEY is missing, and MODE=http needs it/);
  });

  it('never echoes the token in an error', () => {
    const secret = `${TOKEN}!`;
    expect(() => readConfig({ DISCORD_TOKEN: secret })).toThrow();
    try {
      readConfig({ DISCORD_TOKEN: secret });
    } catch (error) {
      expect((error as Error).message).not.toContain(TOKEN);
    }
  });

  it('stops npm start with the message and exit code 1 when a setting is malformed', () => {
    const run = start({ DISCORD_TOKEN: 'abc.def' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_TOKEN is not shaped like a bot token/);
    expect(run.stderr).not.toContain('abc.def');
    expect(run.stdout).toBe('');
  });

  it('starts the local shell when no token is set', () => {
    const run = start({}, { input: '/who putn\n' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('running locally because no DISCORD_TOKEN was found');
    expect(run.stdout).toContain('Putin');
    expect(run.stdout).toContain('Bye.');
  });
});
