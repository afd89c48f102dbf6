import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.ts';

/**
 * npm start's entry, dist/main.js: runs the bot's bundle beside it (dist/bot.cjs, src/main.ts and
 * the libraries) from V8's code cache, which `npm run build` writes (src/code-cache.ts).
 *
 * OPED_BOT_CODE_CACHE=write is how the build writes it: the bot starts as far as it goes without
 * waiting (its modules and the core), then the cache is written and the process ends.
 * OPED_BOT_CODE_CACHE=report says on stderr whether this start used it.
 */
const bundle = fileURLToPath(new URL('./bot.cjs', import.meta.url));
const mode = process.env.OPED_BOT_CODE_CACHE;
runBundle(bundle, mode === 'write' ? 'write' : 'read', (use) => {
  if (mode === 'report') process.stderr.write(`code cache: ${use}\n`);
});
if (mode === 'write') process.exit(0);
