import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, startFlags } from '../scripts/build-bundle.ts';

// Under dist/, as npm start's bundle is: the bot finds data/ by walking up from its bundle.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
mkdirSync(dist, { recursive: true });
const outdir = mkdtempSync(join(dist, 'test-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("npm start's bundle", () => {
  it('keeps the gateway cache limits, which discord.js finds by class name', { timeout: 60_000 }, async () => {
    await buildBundle({ entry: fileURLToPath(new URL('bundled-gateway-caches.ts', import.meta.url)), outdir });
    const { bundledCaches } = (await import(pathToFileURL(join(outdir, 'bundled.cjs')).href)) as {
      bundledCaches: () => { users: { maxSize?: number }; guilds: { maxSize?: number } };
    };
    const { users, guilds } = bundledCaches();
    // Renamed by bundling (UserManager2), the users' manager had no limit and kept everyone who asked.
    expect(users.maxSize).toBe(0);
    // Guilds are kept as discord.js keeps them: the bot reads their channels and roles.
    expect(guilds.maxSize).toBeUndefined();
  });

  it(
    "starts from the code cache the build writes, under npm start's flags, and answers",
    { timeout: 120_000 },
    async () => {
      await buildBundle({ outdir });
      // The local shell (no token), asked one thing; `report` says on stderr what became of the cache.
      const start = (flags: string[]) =>
        spawnSync(process.execPath, [...flags, join(outdir, 'main.js')], {
          env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', OPED_BOT_CODE_CACHE: 'report' },
          input: '/who putin\n',
          encoding: 'utf8',
        });
      const started = start(startFlags());
      expect(started.stderr).toBe('code cache: used\n');
      expect(started.stdout).toContain('Vladimir Putin');
      // Under other flags V8 refuses the cache, and the bot starts all the same.
      const other = start([]);
      expect(other.stderr).toBe('code cache: rejected\n');
      expect(other.stdout).toContain('Vladimir Putin');
    },
  );

  it(
    'says which data file is broken in one line, though the bundle reads the data as its modules load',
    { timeout: 120_000 },
    async () => {
      // A copy of the package's data beside a bundle of its own, one field broken.
      const root = mkdtempSync(join(tmpdir(), 'oped-broken-'));
      try {
        cpSync(fileURLToPath(new URL('../data/', import.meta.url)), join(root, 'data'), { recursive: true });
        const people = JSON.parse(readFileSync(join(root, 'data/people.json'), 'utf8')) as {
          actors: Array<{ name: string }>;
        };
        people.actors[0]!.name = '';
        writeFileSync(join(root, 'data/people.json'), JSON.stringify(people));
        await buildBundle({ outdir: join(root, 'dist') });
        const started = spawnSync(process.execPath, [...startFlags(), join(root, 'dist/main.js')], {
          env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent' },
          input: '',
          encoding: 'utf8',
        });
        expect(started.status).toBe(1);
        expect(started.stderr).toBe(
          'oped-bot cannot start: data/people.json: actors[0].name: Too small: expected string to have >=2 characters\n',
        );
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
