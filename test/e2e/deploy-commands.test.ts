import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { startStandIn, type StandIn } from './stand-in/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn?.close();
});

function deploy(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['src/deploy-commands.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run deploy-commands', () => {
  const base = () => ({
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.restBase,
  });

  it('bulk-overwrites the guild commands with exactly the command modules', async () => {
    const run = await deploy({ ...base(), DISCORD_GUILD_ID: standIn.guildId });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Registered ${commands.length} commands in guild ${standIn.guildId}: ${commands.map((c) => `/${c.data.name}`).join(', ')}\n`,
    );
    const put = standIn.calls.find(
      (c) =>
        c.method === 'PUT' &&
        c.path === `/api/v10/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`,
    );
    expect(put?.body).toEqual(commands.map((c) => c.data.toJSON()));
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const run = await deploy(base());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('globally');
    expect(
      standIn.calls.some(
        (c) => c.method === 'PUT' && c.path === `/api/v10/applications/${standIn.applicationId}/commands`,
      ),
    ).toBe(true);
  });

  it('fails fast naming a missing setting', async () => {
    const run = await deploy({ DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.restBase });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deploy-commands failed: DISCORD_CLIENT_ID is missing/);
    expect(run.stderr).not.toContain(standIn.token);
  });
});
