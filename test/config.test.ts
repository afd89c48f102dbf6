import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const TOKEN = `${Buffer.from('123456789012345678').toString('base64url')}.GhIjKl.${'a1B2c3D4e5'.repeat(4)}`;

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

  it('stops npm start with SHARD_COUNT but no token, naming both', () => {
    const run = spawnSync(tsx, ['src/main.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, SHARD_COUNT: 'auto', DOTENV_CONFIG_PATH: '/nonexistent' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_TOKEN is missing, and SHARD_COUNT needs it/);
  });

  it('stops npm run serve without a public key', () => {
    const run = spawnSync(tsx, ['src/main.ts', '--mode=http'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent' },
    });
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
    const run = spawnSync(tsx, ['src/main.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DISCORD_TOKEN: 'abc.def', DOTENV_CONFIG_PATH: '/nonexistent' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^oped-bot cannot start: DISCORD_TOKEN is not shaped like a bot token/);
    expect(run.stderr).not.toContain('abc.def');
    expect(run.stdout).toBe('');
  });

  it('starts the local shell when no token is set', () => {
    const run = spawnSync(tsx, ['src/main.ts'], {
      cwd: root,
      encoding: 'utf8',
      input: '/who putn\n',
      env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('running locally because no DISCORD_TOKEN was found');
    expect(run.stdout).toContain('Putin');
    expect(run.stdout).toContain('Bye.');
  });
});
