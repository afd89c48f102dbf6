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
  ])('rejects %j naming the setting and the fix', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
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
