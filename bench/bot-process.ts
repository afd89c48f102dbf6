import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StandIn } from '../test/e2e/stand-in/index.ts';
import { startFlags } from '../scripts/build-bundle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The node arguments of `npm start` (after `npm run build`), read from package.json so the two cannot drift. */
export const START_ARGS = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .slice(1);

/** `npm start`'s node flags without its script, for another bot run under the same conditions. */
export const NODE_FLAGS = startFlags();

/** Resident memory of another process, from /proc (Linux), in MB. */
export function rssMbOf(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}

export interface BotProcess {
  child: ChildProcess;
  /** Process spawn to the stand-in's READY for shard 0. */
  readyMs: number;
  /** When READY was seen, on the monotonic clock V8's CPU profiles use (`process.hrtime`), in µs. */
  readyAtUs: number;
  rssAtReadyMb: number;
  rssMb(): number;
  /** SIGTERM; resolves once the process has exited and the stand-in has seen its gateway socket close. */
  stop(): Promise<void>;
}

/**
 * A bot as a real separate process (`node …args`), logged in to the stand-in on loopback with the settings
 * `npm start` reads; resolves once it is ready, with its start-up time and memory then.
 */
export async function launchBot(
  standIn: StandIn,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const began = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      DOTENV_CONFIG_PATH: '/nonexistent',
      DISCORD_TOKEN: standIn.token,
      DISCORD_API_URL: standIn.restBase,
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  await standIn.waitForReady(0, 30_000);
  const readyMs = performance.now() - began;
  const readyAtUs = Number(process.hrtime.bigint() / 1000n);
  // The client finishes caching GUILD_CREATE just after READY; give it a moment before measuring.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    child,
    readyMs,
    readyAtUs,
    rssAtReadyMb: rssMbOf(child.pid!),
    rssMb: () => rssMbOf(child.pid!),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
  };
}
