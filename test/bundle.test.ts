import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, startEnv, startFlags } from '../scripts/build-bundle.ts';
import { codeCacheFile } from '../src/code-cache.ts';

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
          env: { ...startEnv(), DOTENV_CONFIG_PATH: '/nonexistent', OPED_BOT_CODE_CACHE: 'report' },
          timeout: 60_000,
          input: '/who putin\n',
          encoding: 'utf8',
        });
      // Latin-1 only, so V8 holds its 3.5 MB of source in one byte a character, not two.
      expect(readFileSync(join(outdir, 'bot.cjs'), 'utf8')).not.toMatch(/[^\x00-\xff]/);
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
    'says which data file is broken in one line, and writes no code cache for a bot that cannot start',
    { timeout: 120_000 },
    async () => {
      // A copy of the package's data beside a bundle of its own, one file broken at a time: people.json is
      // read as the bundle's modules load (the summary choices), question-readings.json when the core is built.
      const root = mkdtempSync(join(tmpdir(), 'oped-broken-'));
      const data = fileURLToPath(new URL('../data/', import.meta.url));
      const start = () =>
        spawnSync(process.execPath, [...startFlags(), join(root, 'dist/main.js')], {
          env: { ...startEnv(), DOTENV_CONFIG_PATH: '/nonexistent' },
          timeout: 60_000,
          input: '',
          encoding: 'utf8',
        });
      try {
        cpSync(data, join(root, 'data'), { recursive: true });
        const people = JSON.parse(readFileSync(join(root, 'data/people.json'), 'utf8')) as {
          actors: Array<{ name: string }>;
        };
        people.actors[0]!.name = '';
        writeFileSync(join(root, 'data/people.json'), JSON.stringify(people));
        await buildBundle({ outdir: join(root, 'dist') });
        expect(existsSync(codeCacheFile(join(root, 'dist/bot.cjs')))).toBe(false);
        const onImport = start();
        expect(onImport.status).toBe(1);
        expect(onImport.stderr).toBe(
          'oped-bot cannot start: data/people.json: actors[0].name: Too small: expected string to have >=2 characters\n',
        );

        cpSync(join(data, 'people.json'), join(root, 'data/people.json'));
        writeFileSync(join(root, 'data/question-readings.json'), '{}');
        await buildBundle({ outdir: join(root, 'dist') });
        expect(existsSync(codeCacheFile(join(root, 'dist/bot.cjs')))).toBe(false);
        const onBuild = start();
        expect(onBuild.status).toBe(1);
        expect(onBuild.stderr).toMatch(/^oped-bot cannot start: data\/question-readings\.json: [^\n]+\n$/);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it(
    'keeps the code cache of an unchanged bundle, and rewrites one written under other V8 flags',
    { timeout: 120_000 },
    async () => {
      const cache = codeCacheFile(join(outdir, 'bot.cjs'));
      await buildBundle({ outdir });
      const written = statSync(cache).mtimeMs;
      await buildBundle({ outdir });
      // npm start builds first: the bot was not started again for a cache it has.
      expect(statSync(cache).mtimeMs).toBe(written);
      // A cache of other flags (as a build under other NODE_OPTIONS leaves) would be refused at every start.
      const file = readFileSync(cache);
      file.write('00000000', 32, 'latin1');
      writeFileSync(cache, file);
      await buildBundle({ outdir });
      expect(statSync(cache).mtimeMs).not.toBe(written);
      expect(readFileSync(cache).subarray(32, 40).toString('latin1')).not.toBe('00000000');
    },
  );

  it("runs npm run serve under npm start's node flags, which its code cache was written under", () => {
    const scripts = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.serve!.split(/\s+/).filter((arg) => arg.startsWith('--') && arg !== '--mode=http')).toEqual(
      startFlags(),
    );
  });

  it('imports ioredis from the cached bundle when REDIS_URL is set', { timeout: 120_000 }, async () => {
    await buildBundle({ outdir });
    // `npm run serve` with Redis at a port where nothing listens: ioredis must load to say so.
    const child = spawn(process.execPath, [...startFlags(), join(outdir, 'main.js')], {
      env: {
        ...startEnv(),
        DOTENV_CONFIG_PATH: '/nonexistent',
        OPED_BOT_CODE_CACHE: 'report',
        MODE: 'http',
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: '0',
        DISCORD_PUBLIC_KEY: 'a'.repeat(64),
        DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789ABCD',
        REDIS_URL: 'redis://127.0.0.1:1',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('"msg":"ready"')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      setTimeout(() => reject(new Error(`not ready in 60 s: ${stderr}`)), 60_000).unref();
    }).finally(() => child.kill('SIGTERM'));
    expect(stderr).toBe('code cache: used\n');
    expect(stdout).toContain('Redis unavailable');
  });
});
