import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runScript } from './run-script.ts';
import { startStandIn, type StandIn } from './stand-in/index.ts';

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(async () => {
  await standIn?.close();
});

const deploy = (env: Record<string, string>) => runScript('src/main.ts deploy-commands', env);

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
      `Registered ${commands.length} commands in guild ${standIn.guildId}: /ask, /who, /about, /summary, /summary-post, /summary-unpin, “Check against the op-ed” (message menu)\n`,
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
