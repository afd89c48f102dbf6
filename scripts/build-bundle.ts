import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * dist/main.js: one ES module holding the bot and the libraries it loads at start-up.
 *
 * - Bundled, not loaded from node_modules: importing discord.js, zod and pino file by file (module
 *   resolution and a file read per module) took 820–910 ms on a slow machine, 450–560 ms bundled;
 *   spawn to READY fell by about 300 ms.
 * - Whitespace and comments left out: the bundle is 3.5 MB instead of 5.3, and V8 keeps a module's
 *   source in memory; as written, the bot's RSS at ready rose by 10–16 MB over the unbundled
 *   libraries', whitespace-free it is the same.
 *
 * `readable` writes the module markers (`// src/search/ask.ts`) and line breaks back in, for
 * `npm run bench:profile`, which tells modules apart by them; `entry` bundles another module the
 * same way, for a test of what bundling keeps.
 */
export async function buildBundle(
  options: { entry?: string; outdir?: string; readable?: boolean } = {},
): Promise<void> {
  await build({
    entryPoints: [options.entry ?? root('src/main.ts')],
    outdir: options.outdir ?? root('dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
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
    // The libraries are CommonJS: their require() of node's own modules needs a require in an ES module.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}

if (process.argv[1]?.endsWith('build-bundle.ts')) await buildBundle();
