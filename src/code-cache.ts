import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

/**
 * What became of the bundle's code cache at a start: used; rejected by V8 (another Node version or
 * other V8 flags than it was written under); stale (written for another build of the bundle);
 * missing; or written, at build time.
 */
export type CodeCacheUse = 'used' | 'rejected' | 'stale' | 'missing' | 'written';

/** The first line of every bundle scripts/build-bundle.ts writes: the id of that build. */
const BUILD_ID = /^\/\* oped-bot build ([0-9a-f]{32}) \*\//;
const ID_BYTES = 32;
/**
 * After the id, V8's tag for the version and flags it was written under
 * (`v8.cachedDataVersionTag()`, 8 hex digits): a build can tell a cache the next start would refuse.
 */
const TAG_BYTES = 8;
const HEADER_BYTES = ID_BYTES + TAG_BYTES;

/** A V8 tag (`v8.cachedDataVersionTag()`, this process's by default) as a cache's header holds it. */
export function versionTag(tag: number = cachedDataVersionTag()): string {
  return tag.toString(16).padStart(TAG_BYTES, '0');
}

/** Where a bundle's code cache is kept: beside it. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.code-cache`;
}

/** The build id on a bundle's first line, if it has one. */
export function buildIdOf(source: string): string | undefined {
  return BUILD_ID.exec(source)?.[1];
}

/** The build id and V8 tag a code cache was written for, if the file is there. */
export function cacheHeader(bundle: string): { id: string; tag: string } | undefined {
  try {
    const header = readFileSync(codeCacheFile(bundle)).subarray(0, HEADER_BYTES).toString('latin1');
    return { id: header.slice(0, ID_BYTES), tag: header.slice(ID_BYTES) };
  } catch {
    return undefined;
  }
}

/** A bundle's code cache, if one was written for this very build: the build id it starts with must be the bundle's. */
function readCache(bundle: string, id: string | undefined): { data?: Buffer; use: CodeCacheUse } {
  let file: Buffer;
  try {
    file = readFileSync(codeCacheFile(bundle));
  } catch {
    return { use: 'missing' };
  }
  // V8 checks a cache against its source by length only: a cache of another build of the same
  // length would be taken, and run as code that is not there.
  if (id === undefined || file.subarray(0, ID_BYTES).toString('latin1') !== id) return { use: 'stale' };
  return { data: file.subarray(HEADER_BYTES), use: 'used' };
}

/**
 * The bundle compiled, from its code cache where one was written for it. A function of its own:
 * the 3 MB of cache read are garbage once it returns, and so before the bot's first collection.
 *
 * No `importModuleDynamically`: on Node 20 a script compiled from a code cache loses it (V8 drops
 * the host options when it writes the cache), and an `import()` in it throws. The bundle has none:
 * scripts/build-bundle.ts writes them as `require`.
 */
function compile(bundle: string, mode: 'read' | 'write'): { script: Script; use: CodeCacheUse; id?: string } {
  const source = readFileSync(bundle, 'utf8');
  const id = buildIdOf(source);
  if (mode === 'write' && id === undefined) {
    throw new Error(`${bundle} has no build id on its first line; build it with npm run build`);
  }
  const cached = mode === 'read' ? readCache(bundle, id) : { use: 'written' as const };
  const script = new Script(source, { filename: bundle, ...(cached.data ? { cachedData: cached.data } : {}) });
  return { script, use: cached.data && script.cachedDataRejected ? 'rejected' : cached.use, ...(id ? { id } : {}) };
}

/**
 * Runs a CommonJS bundle, written as the function Node wraps a module in (scripts/build-bundle.ts),
 * as Node would require it, but compiled from V8's code cache when one was written for it: V8 then
 * skips parsing and compiling every function that ran while the cache was made. `compiled` hears
 * what became of the cache before the bundle runs.
 *
 * With `write`, the bundle's synchronous start runs (its modules and whatever it does before its
 * first await), and the returned function writes the code compiled by then to the cache beside it.
 * A cache V8 will not take (another Node, other flags) or one for another build costs nothing but
 * the time to read it: the bundle is compiled as it would be without one.
 */
export function runBundle(
  bundle: string,
  mode: 'read' | 'write',
  compiled: (use: CodeCacheUse) => void = () => {},
): () => void {
  const { script, use, id } = compile(bundle, mode);
  compiled(use);
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return () => {
    if (mode === 'write') {
      // Written whole, then renamed: a start never reads half a cache.
      const file = codeCacheFile(bundle);
      writeFileSync(
        `${file}.tmp`,
        Buffer.concat([Buffer.from(id! + versionTag(), 'latin1'), script.createCachedData()]),
      );
      renameSync(`${file}.tmp`, file);
    }
  };
}
