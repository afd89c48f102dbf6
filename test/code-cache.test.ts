import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFile, type CodeCacheUse } from '../src/code-cache.ts';

const CODE_CACHE = fileURLToPath(new URL('../src/code-cache.ts', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'oped-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID = '0123456789abcdef0123456789abcdef';
/** A bundle as scripts/build-bundle.ts writes one: its build id, then a module wrapped as Node wraps it. */
function bundleFile(id: string, body: string): string {
  const file = join(dir, 'bot.cjs');
  writeFileSync(
    file,
    `/* oped-bot build ${id} */\n(function (exports, require, module, __filename, __dirname) {\n'use strict';\n${body}\n})`,
  );
  return file;
}

/**
 * Runs a bundle in a process of its own, as a start does (in this one, V8 would find the source
 * compiled already and never look at the cache), and says what became of its cache and what the
 * bundle did.
 */
function run(file: string, mode: 'read' | 'write'): { use: CodeCacheUse | undefined; ran: string[] } {
  const script = `import { runBundle } from ${JSON.stringify(CODE_CACHE)};
    globalThis.codeCacheRuns = [];
    let use;
    runBundle(${JSON.stringify(file)}, ${JSON.stringify(mode)}, (u) => (use = u))();
    process.stdout.write(JSON.stringify({ use, ran: globalThis.codeCacheRuns }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: 'pipe',
  });
  return JSON.parse(out) as { use: CodeCacheUse | undefined; ran: string[] };
}

// The module records where it ran from, what require found and what its exports were.
const BODY = `globalThis.codeCacheRuns.push(__filename, typeof require('node:path').join, String(this === module.exports));
function square(n) { return n * n; }
globalThis.codeCacheRuns.push(String(square(7)));`;

describe('running the bundle from its code cache', { timeout: 30_000 }, () => {
  beforeEach(() => rmSync(codeCacheFile(join(dir, 'bot.cjs')), { force: true }));

  it('writes the cache at build time, after running the module as Node would', () => {
    const file = bundleFile(ID, BODY);
    expect(run(file, 'write')).toEqual({ use: 'written', ran: [file, 'function', 'true', '49'] });
    expect(readFileSync(codeCacheFile(file)).subarray(0, 32).toString('latin1')).toBe(ID);
  });

  it('then compiles from it, and the module runs the same', () => {
    const file = bundleFile(ID, BODY);
    run(file, 'write');
    expect(run(file, 'read')).toEqual({ use: 'used', ran: [file, 'function', 'true', '49'] });
  });

  it('compiles the bundle as it is when there is no cache', () => {
    const file = bundleFile(ID, BODY);
    expect(run(file, 'read')).toEqual({ use: 'missing', ran: [file, 'function', 'true', '49'] });
  });

  it('leaves out a cache written for another build, even one of the same length', () => {
    run(bundleFile(ID, BODY), 'write');
    // Same length, other code: V8 alone would take this cache.
    const file = bundleFile(ID.replace('0', '1'), BODY.replace('n * n', 'n + n'));
    expect(run(file, 'read')).toEqual({ use: 'stale', ran: [file, 'function', 'true', '14'] });
  });

  it('runs the bundle when V8 refuses the cache', () => {
    const file = bundleFile(ID, BODY);
    writeFileSync(codeCacheFile(file), Buffer.concat([Buffer.from(ID, 'latin1'), Buffer.alloc(4096, 7)]));
    expect(run(file, 'read')).toEqual({ use: 'rejected', ran: [file, 'function', 'true', '49'] });
  });

  it('will not write a cache for a bundle without a build id', () => {
    const file = join(dir, 'bot.cjs');
    writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {\n${BODY}\n})`);
    expect(() => run(file, 'write')).toThrow(/has no build id on its first line; build it with npm run build/);
    expect(existsSync(codeCacheFile(file))).toBe(false);
  });
});
