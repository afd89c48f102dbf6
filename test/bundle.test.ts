import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/build-bundle.ts';

const outdir = mkdtempSync(join(tmpdir(), 'oped-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("npm start's bundle", () => {
  it('keeps the gateway cache limits, which discord.js finds by class name', { timeout: 60_000 }, async () => {
    await buildBundle({ entry: fileURLToPath(new URL('bundled-gateway-caches.ts', import.meta.url)), outdir });
    const { bundledCaches } = (await import(pathToFileURL(join(outdir, 'bundled-gateway-caches.js')).href)) as {
      bundledCaches: () => { users: { maxSize?: number }; guilds: { maxSize?: number } };
    };
    const { users, guilds } = bundledCaches();
    // Renamed by bundling (UserManager2), the users' manager had no limit and kept everyone who asked.
    expect(users.maxSize).toBe(0);
    // Guilds are kept as discord.js keeps them: the bot reads their channels and roles.
    expect(guilds.maxSize).toBeUndefined();
  });
});
