import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandIn } from '../test/e2e/stand-in/index.ts';
import { launchBot, START_ARGS } from './bot-process.ts';
import { driveInteractions, FLOOR_ARGS } from './end-to-end.ts';
import { buildBundle } from '../scripts/build-bundle.ts';

/**
 * `npm run bench:profile`: where our extra start-up time, time per interaction and memory go, beside the floor
 * bot. CPU: each bot runs under `--cpu-prof` on the stand-in, logs in, then answers the same interactions; the
 * samples are split at READY and at the first interaction, and each sample's time goes to the module of the
 * innermost JavaScript frame (the bundle's modules by esbuild's `// src/…` and `// node_modules/…` markers, V8
 * builtins to their caller). Memory: `bench/heap-phases.ts`, the live heap each step of building the core adds.
 *
 * The bot profiled is `npm start`'s bundle built readable (dist/profile/bot.cjs: the same code with its line
 * breaks and module markers, which the shipped bundle leaves out to save memory).
 */
const COUNT = Number(process.argv[2] ?? 2000);
const root = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The readable bundle, whose functions the profile names; its entry, which runs it as npm start's does. */
const PROFILED = 'dist/profile/bot.cjs';
const PROFILED_ENTRY = 'dist/profile/main.js';

/**
 * Start lines of each module in the readable bundle, from the `// path` comment esbuild writes before it: our
 * own modules by path, a library's by its package name.
 */
function bundleModules(): Array<{ line: number; module: string }> {
  return readFileSync(join(root, PROFILED), 'utf8')
    .split('\n')
    .flatMap((text, line) => {
      const own = /^\/\/ ((?:src|commands)\/\S+\.ts)$/.exec(text);
      if (own) return [{ line, module: own[1]! }];
      const library = /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(text);
      return library ? [{ line, module: library[1]! }] : [];
    });
}

function moduleOf(url: string, line: number, modules: Array<{ line: number; module: string }>): string | undefined {
  if (url === '') return undefined;
  if (url.endsWith(`/${PROFILED}`)) {
    let found = PROFILED;
    for (const entry of modules) if (entry.line <= line) found = entry.module;
    return found;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(`file://${root}`, '');
}

type Phase = 'start-up' | 'interactions';

/** Milliseconds of CPU per module in each phase; idle time is left out. */
function attribute(profile: CpuProfile, interactionsFromUs: number): Record<Phase, Map<string, number>> {
  const modules = bundleModules();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owner = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const known = owner.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    let result = moduleOf(node.callFrame.url, node.callFrame.lineNumber, modules);
    if (!result) {
      const up = parent.get(id);
      const special =
        name === '(garbage collector)' ? 'V8 garbage collector' : name === '(program)' ? 'V8 / native' : undefined;
      result =
        special ??
        (up === undefined || byId.get(up)!.callFrame.functionName === '(root)' ? 'V8 / native' : ownerOf(up));
    }
    owner.set(id, result);
    return result;
  };
  const phases: Record<Phase, Map<string, number>> = { 'start-up': new Map(), interactions: new Map() };
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') return;
    const phase = phases[at < interactionsFromUs ? 'start-up' : 'interactions'];
    const key = ownerOf(id);
    phase.set(key, (phase.get(key) ?? 0) + delta / 1000);
  });
  return phases;
}

async function profileBot(args: readonly string[]): Promise<Record<Phase, Map<string, number>>> {
  const dir = mkdtempSync(join(tmpdir(), 'oped-bot-profile-'));
  const standIn = await startStandIn();
  try {
    const [flags, script] = [args.slice(0, -1), args.at(-1)!];
    const bot = await launchBot(standIn, [...flags, '--cpu-prof', `--cpu-prof-dir=${dir}`, script], {
      ASK_COOLDOWN_SECONDS: '0',
    });
    const interactionsFromUs = Number(process.hrtime.bigint() / 1000n);
    await driveInteractions(standIn, COUNT);
    await bot.stop();
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the bot wrote no CPU profile');
    return attribute(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, interactionsFromUs);
  } finally {
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const total = (map: Map<string, number>): number => [...map.values()].reduce((sum, ms) => sum + ms, 0);

function table(phase: Phase, ours: Map<string, number>, floor: Map<string, number>, per: number, unit: string) {
  const keys = [...new Set([...ours.keys(), ...floor.keys()])]
    .map((key) => ({ key, extra: (ours.get(key) ?? 0) - (floor.get(key) ?? 0) }))
    .sort((a, b) => Math.abs(b.extra) - Math.abs(a.extra))
    .slice(0, 14);
  const show = (ms: number) => `${(ms / per).toFixed(unit === 'ms' ? 0 : 1)} ${unit}`;
  console.log(`${phase}: CPU ${show(total(ours))} ours, ${show(total(floor))} floor`);
  console.table(
    keys.map(({ key, extra }) => ({
      module: key,
      'oped-bot': show(ours.get(key) ?? 0),
      floor: show(floor.get(key) ?? 0),
      'ours − floor': show(extra),
    })),
  );
}

await buildBundle({ outdir: join(root, 'dist/profile'), readable: true });
const ours = await profileBot([...START_ARGS.slice(0, -1), PROFILED_ENTRY]);
const floor = await profileBot(FLOOR_ARGS);
table('start-up', ours['start-up'], floor['start-up'], 1, 'ms');
table('interactions', ours.interactions, floor.interactions, COUNT / 1000, 'µs per interaction');

const heap = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/heap-phases.ts'], {
    cwd: root,
    encoding: 'utf8',
  }),
) as Record<string, number>;
console.log('Live heap each step adds (after a full GC):');
console.table(Object.entries(heap).map(([step, mb]) => ({ step, 'live heap': `${mb.toFixed(2)} MB` })));
