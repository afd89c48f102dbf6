import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFile } from '../src/code-cache.ts';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The node flags `npm start` runs with: V8 takes a code cache only under the flags it was written under. */
export function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(root('package.json'), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  return start.split(/\s+/).filter((arg) => arg.startsWith('--'));
}

/**
 * npm start's files in dist/:
 *
 * - bot.cjs: the bot (src/main.ts) and the libraries it loads at start-up, in one CommonJS file.
 *   Bundled, not loaded from node_modules: importing discord.js, zod and pino file by file (module
 *   resolution and a file read per module) took 820–910 ms on a slow machine, 450–560 ms bundled.
 *   Whitespace and comments are left out: the bundle is 3.5 MB instead of 5.3, and V8 keeps a
 *   module's source in memory (10–16 MB more RSS as written). CommonJS, because V8's code cache
 *   is made and taken through `vm.Script`, which runs scripts, not ES modules.
 * - bot.cjs.code-cache: V8's code for every function the bot's start runs, written by starting it
 *   under npm start's flags as far as it goes without waiting (src/code-cache.ts). A start then
 *   skips parsing and compiling them: spawn to READY fell by 200–300 ms.
 * - main.js: the entry (src/launch.ts), which runs bot.cjs from that cache.
 *
 * `readable` writes the module markers (`// src/search/ask.ts`) and line breaks back in, for
 * `npm run bench:profile`, which tells modules apart by them; `entry` bundles another module alone
 * (no entry, no cache), for a test of what bundling keeps.
 */
export async function buildBundle(
  options: { entry?: string; outdir?: string; readable?: boolean } = {},
): Promise<void> {
  const outdir = options.outdir ?? root('dist');
  const bot = options.entry === undefined;
  await build({
    entryPoints: { [bot ? 'bot' : 'bundled']: options.entry ?? root('src/main.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: !options.readable,
    // discord.js finds a cache's limit by its manager's class name (Options.cacheWithLimits), and
    // bundling renames clashing classes (UserManager2): kept, the limits in src/discord/gateway-cache.ts hold.
    keepNames: true,
    logLevel: 'warning',
    external: [
      // Imported only when REDIS_URL is set (src/shared-state/redis-state.ts): left out, a start
      // without Redis does not even parse it.
      'ioredis',
      // Native add-ons discord.js's WebSocket stack uses if installed, and does without.
      'zlib-sync',
      'bufferutil',
      'utf-8-validate',
    ],
    // src/article/load.ts finds data/ from its own module's URL: in the bundle, the bundle's.
    define: { 'import.meta.url': '__bundleUrl' },
    // The build id first: a code cache is taken only by the build it was written for. The bot's
    // bundle is written as the function Node wraps a CommonJS module in, which src/code-cache.ts
    // compiles as it is: wrapped there, the source was held twice (7 MB more RSS). Strict, as the
    // ES modules it is built from were.
    banner: {
      js: [
        `/* oped-bot build ${randomBytes(16).toString('hex')} */`,
        ...(bot ? ['(function (exports, require, module, __filename, __dirname) {'] : []),
        "'use strict';",
        "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
      ].join('\n'),
    },
    ...(bot ? { footer: { js: '})' } } : {}),
  });
  if (!bot) return;
  await build({
    entryPoints: { main: root('src/launch.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  writeCodeCache(outdir);
}

/**
 * Starts the built bot once, alone (no token, no .env: the local shell's path), to write its code
 * cache. A bot that cannot start (a broken data file) gets no cache, and the build goes on: the
 * start after it says what is wrong, in its own words.
 */
function writeCodeCache(outdir: string): void {
  const run = spawnSync(process.execPath, [...startFlags(), join(outdir, 'main.js')], {
    env: { PATH: process.env.PATH, DOTENV_CONFIG_PATH: '/nonexistent', OPED_BOT_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0 || !existsSync(codeCacheFile(join(outdir, 'bot.cjs')))) {
    const why = run.stderr.trim().split('\n')[0] || `exit ${run.status ?? run.signal}`;
    process.stderr.write(`build: no code cache written, the bot starts without it (${why})\n`);
  }
}

if (process.argv[1]?.endsWith('build-bundle.ts')) await buildBundle();
