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
 * The core and the runtimes know nothing of the command modules: the command list is handed to
 * the gateway runtime and the HTTP endpoint by src/main.ts, the composition root, and read by
 * deploy-commands, the other entry point. Everything else in src/ is reusable without commands/.
 */
const ENTRY_POINTS = new Set(['src/main.ts', 'src/deploy-commands.ts']);

describe('module boundaries', () => {
  it('src/ imports commands/ only in its entry points', () => {
    const importsCommands = sourceFiles('src').filter((file) =>
      /from ['"](?:\.\.\/)+commands\//.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(importsCommands.map((f) => relative('.', f)).filter((f) => !ENTRY_POINTS.has(f))).toEqual([]);
  });
});
