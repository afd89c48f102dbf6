import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * The core and the runtimes know nothing of the command modules: src/main.ts, the composition
 * root, hands the command list to the gateway runtime, the HTTP endpoint and deploy-commands.
 */
const ENTRY_POINTS = new Set(['src/main.ts']);

describe('module boundaries', () => {
  it('src/ imports commands/ only in src/main.ts', () => {
    const importsCommands = sourceFiles('src').filter((file) =>
      /from ['"](?:\.\.\/)+commands\//.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(importsCommands.map((f) => relative('.', f)).filter((f) => !ENTRY_POINTS.has(f))).toEqual([]);
  });
});
