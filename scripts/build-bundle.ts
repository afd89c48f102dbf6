import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIdOf, cacheHeader, versionTag } from '../src/code-cache.ts';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The node flags `npm start` runs with: V8 takes a code cache only under the flags it was written under. */
export function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(root('package.json'), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  return start.split(/\s+/).filter((arg) => arg.startsWith('--'));
}

/** How the code cache is kept (its header, what writes it): part of the build id, so a change rewrites it. */
const CACHE_FORMAT = 'oped-bot code cache 2: id, V8 tag, data';

/** What a start's environment holds that the cache's V8 flags depend on, with no setting of the bot's. */
export function startEnv(): NodeJS.ProcessEnv {
  const passed = (['PATH', 'NODE_OPTIONS', 'SystemRoot'] as const).filter((name) => process.env[name] !== undefined);
  return Object.fromEntries(passed.map((name) => [name, process.env[name]]));
}

/**
 * V8's tag under npm start's flags and NODE_OPTIONS: a cache written under another (the build ran
 * with other NODE_OPTIONS, Node was upgraded) would be refused at every start until rewritten.
 */
function startTag(): string {
  const run = spawnSync(process.execPath, [...startFlags(), '-p', "require('node:v8').cachedDataVersionTag()"], {
    env: startEnv(),
    encoding: 'utf8',
  });
  return versionTag(Number(run.stdout.trim()));
}

/** Where the build id goes before the bundle's hash is known: as long as an id. */
const UNSET_ID = '0'.repeat(32);

/**
 * The bundle with every character past Latin-1 written as an escape. A source with one such
 * character (a curly quote in a pattern: there are some 120) is held by V8 as two bytes a
 * character, 7 MB for the bundle's 3.5 million; escaped, it is held in 3.5 MB. They all stand in
 * strings, patterns and the pattern sources built with String.raw, where `\u2019` means what `’`
 * does: every rendered reply of the labelled questions was the same either way.
 */
function latin1Only(text: string): string {
  return text.replace(/[^\x00-\xff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * npm start's files in dist/:
 *
 * - bot.cjs: the bot (src/main.ts) and the libraries it loads at start-up, in one CommonJS file.
 *   Bundled, not loaded from node_modules: importing discord.js, zod and pino file by file (module
 *   resolution and a file read per module) took 820–910 ms on a slow machine, 450–560 ms bundled.
 *   Whitespace and comments are left out: the bundle is 3.5 MB instead of 5.3, and V8 keeps a
 *   module's source in memory (10–16 MB more RSS as written). CommonJS, because V8's code cache
 *   is made and taken through `vm.Script`, which runs scripts, not ES modules. Its first line is
 *   its build id, a hash of the rest.
 * - bot.cjs.code-cache: V8's code for every function the bot's start runs, written by starting it
 *   under npm start's flags as far as it goes without waiting (src/code-cache.ts). A start then
 *   skips parsing and compiling them: spawn to READY fell by 200–300 ms. That run takes 2–2.5 s, so
 *   a build whose bundle has not changed keeps the cache written for it (npm start builds first).
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
  const built = await build({
    entryPoints: { [bot ? 'bot' : 'bundled']: options.entry ?? root('src/main.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // `import()` written as `require`: on Node 20 a script compiled from a code cache cannot
    // import (src/code-cache.ts), and what the bundle imports (ioredis, zlib-sync) is CommonJS.
    supported: { 'dynamic-import': false },
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
        `/* oped-bot build ${UNSET_ID} */`,
        ...(bot ? ['(function (exports, require, module, __filename, __dirname) {'] : []),
        "'use strict';",
        "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
      ].join('\n'),
    },
    ...(bot ? { footer: { js: '})' } } : {}),
  });
  mkdirSync(outdir, { recursive: true });
  const [output] = built.outputFiles;
  // The id hashes the bundle as written, and the way the cache is kept (CACHE_FORMAT).
  const unset = latin1Only(output!.text);
  const id = createHash('sha256').update(CACHE_FORMAT).update(unset).digest('hex').slice(0, 32);
  const text = unset.replace(UNSET_ID, id);
  if (!bot) {
    writeFileSync(output!.path, text);
    return;
  }
  const file = join(outdir, 'bot.cjs');
  const unchanged = existsSync(file) && buildIdOf(readFileSync(file, 'utf8')) === id;
  if (!unchanged) writeFileSync(file, text);
  await build({
    entryPoints: { main: root('src/launch.ts') },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const cached = cacheHeader(file);
  if (!unchanged || cached?.id !== id || cached.tag !== startTag()) writeCodeCache(outdir, id);
}

/**
 * Starts the built bot once, alone (no token, no .env: the local shell's path), to write its code
 * cache, under npm start's flags and any V8 flags NODE_OPTIONS adds (a start under other flags
 * would refuse the cache). A bot that cannot start (a broken data file) gets no cache, and the
 * build goes on: the start after it says what is wrong, in its own words.
 */
function writeCodeCache(outdir: string, id: string): void {
  const run = spawnSync(process.execPath, [...startFlags(), join(outdir, 'main.js')], {
    env: { ...startEnv(), DOTENV_CONFIG_PATH: '/nonexistent', OPED_BOT_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status === 0 && cacheHeader(join(outdir, 'bot.cjs'))?.id === id) return;
  const why =
    run.error?.message ?? (run.stderr?.trim().split('\n')[0] || `exit ${run.status ?? run.signal ?? 'unknown'}`);
  process.stderr.write(`build: no code cache written, the bot starts without it (${why})\n`);
}

if (process.argv[1]?.endsWith('build-bundle.ts')) await buildBundle();
