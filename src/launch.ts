import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.ts';

/**
 * npm start's entry, dist/main.js: runs the bot's bundle beside it (dist/bot.cjs, src/main.ts and
 * the libraries) from V8's code cache, which `npm run build` writes (src/code-cache.ts).
 *
 * OPED_BOT_CODE_CACHE=write is how the build writes it: the bot starts as far as it goes without
 * waiting (its modules and the core), then the cache is written and the process ends.
 * OPED_BOT_CODE_CACHE=report says on stderr what became of the cache at this start: used, rejected
 * (another Node or other V8 flags than the build's), stale or missing.
 */
const bundle = fileURLToPath(new URL('./bot.cjs', import.meta.url));
const mode = process.env.OPED_BOT_CODE_CACHE;

/** Failures the bot explains in one line (a setting, a data file, Discord's answer), as src/main.ts tells them. */
const EXPLAINED = new Set(['ConfigError', 'DataError', 'DiscordStartError']);

if (!existsSync(bundle)) {
  process.stderr.write(`oped-bot cannot start: ${bundle} is missing; run npm run build (npm start does)\n`);
  process.exit(1);
}
let writeCache: () => void;
try {
  writeCache = runBundle(bundle, mode === 'write' ? 'write' : 'read', (use) => {
    if (mode === 'report') process.stderr.write(`code cache: ${use}\n`);
  });
} catch (error) {
  // Thrown while the bundle's modules load, before src/main.ts can catch it: the summary choices
  // read the data at import. Left to Node, a broken data file's one line came after 440 KB of the
  // minified line that threw.
  process.stderr.write(
    error instanceof Error && EXPLAINED.has(error.name)
      ? `oped-bot cannot start: ${error.message}\n`
      : `oped-bot failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
if (mode === 'write') {
  // After the bot's own start has settled: a start that fails in src/main.ts (a broken file read
  // when the core is built) has queued its one-line exit by now, and no cache is written for it.
  queueMicrotask(() => {
    writeCache();
    process.exit(0);
  });
}
